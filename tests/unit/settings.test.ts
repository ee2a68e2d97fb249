import { describe, expect, it } from 'vitest';
import { isMonitoredUrl, originOf } from '@/utils/origin';
import { parseCustomDestinations, toCatalogEntry } from '@/utils/custom-destination';
import { DEFAULT_SETTINGS, normaliseSettings, parseMonitorParam, withMonitored } from '@/utils/settings';

describe('origins', () => {
  it.each([
    ['https://shop.example/cart/?x=1', 'https://shop.example'],
    ['http://store.test:8080/', 'http://store.test:8080'],
    ['HTTPS://Shop.Example:443/', 'https://shop.example'],
    ['chrome://settings', null],
    ['not a url', null],
  ])('the origin of %s is %s', (input, expected) => {
    expect(originOf(input)).toBe(expected);
  });

  const monitored = [{ origin: 'https://shop.example', includeSubdomains: false }, { origin: 'http://store.test:8080', includeSubdomains: true }];
  it.each([
    ['https://shop.example/checkout/', true],
    ['http://shop.example/checkout/', false], // another scheme is another origin
    ['https://shop.example:8443/', false], // another port too
    ['https://eu.shop.example/', false], // no subdomains unless ticked
    ['http://de.store.test:8080/', true],
    ['http://de.store.test/', false],
    ['http://evilstore.test:8080/', false], // a suffix match must be on a label boundary
    [undefined, false],
  ])('%s is monitored: %s', (url, expected) => {
    expect(isMonitoredUrl(url, monitored)).toBe(expected);
  });
});

describe('the ?monitor= parameter', () => {
  it.each([
    ['?monitor=http://store.test', ['http://store.test'], []],
    ['?monitor=http://store.test,https://b.test/path', ['http://store.test', 'https://b.test'], []],
    ['?monitor=http%3A%2F%2Fstore.test%3A8080', ['http://store.test:8080'], []],
    ['?monitor=store.test', [], ['store.test']],
    ['', [], []],
  ])('%s gives %j', (search, origins, invalid) => {
    expect(parseMonitorParam(search)).toEqual({ origins, invalid });
  });
});

describe('settings from storage', () => {
  it('falls back to defaults for garbage', () => {
    expect(normaliseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
  });

  it('drops invalid and duplicate origins and clamps the body cap', () => {
    const s = normaliseSettings({ monitored: [{ origin: 'https://a.test/' }, { origin: 'https://a.test' }, { origin: 'ftp://x' }, null], bodyCapBytes: 1 });
    expect(s).toMatchObject({ monitored: [{ origin: 'https://a.test', includeSubdomains: false }], bodyCapBytes: 1024 });
  });

  it('adds origins without touching existing choices', () => {
    const s = withMonitored({ ...DEFAULT_SETTINGS, monitored: [{ origin: 'https://a.test', includeSubdomains: true }] }, ['https://a.test', 'https://b.test']);
    expect(s.monitored).toEqual([{ origin: 'https://a.test', includeSubdomains: true }, { origin: 'https://b.test', includeSubdomains: false }]);
  });
});

describe('detection settings', () => {
  it('keeps store hosts, sovereign endpoints and custom destinations, dropping junk', () => {
    const s = normaliseSettings({
      storeHosts: ['cdn.shop.example', '', 7], sovereignEndpoints: ['https://llm.shop.example/v1'],
      customDestinations: [{ host: 'ai.vendor.example', vendor: 'Vendor', category: 'llm-api', country: 'us' }, { host: 'not a host' }],
    });
    expect(s).toMatchObject({
      storeHosts: ['cdn.shop.example'], sovereignEndpoints: ['https://llm.shop.example/v1'],
      customDestinations: [{ host: 'ai.vendor.example', vendor: 'Vendor', category: 'llm-api', country: 'US' }],
    });
  });

  it.each([
    ['ai.vendor.example, Vendor, ai-search, de', true],
    ['*.vendor.example, Vendor', true],
    ['ai.vendor.example, Vendor, chatbots', false],
    ['https://ai.vendor.example/, Vendor', false],
    ['ai.vendor.example', false],
  ])('reads the custom destination line "%s": %s', (line, ok) => {
    expect(parseCustomDestinations(line).entries.length === 1).toBe(ok);
  });

  it('keeps the canary profile\'s fields, trimmed, and drops anything else', () => {
    expect(normaliseSettings({ canary: { email: ' qa@shop.example ', firstName: '', lastName: 7, evil: 'x' } }).canary).toEqual({ email: 'qa@shop.example' });
  });

  it('turns a custom destination into a catalog entry that says where it came from', () => {
    const entry = toCatalogEntry({ host: 'ai.vendor.example', vendor: 'Vendor', category: 'llm-api', country: 'US' }, 0);
    expect(entry).toMatchObject({ hosts: ['ai.vendor.example'], country: 'US', eeaEntity: 'unknown', source: expect.stringContaining('user') });
  });
});

describe('retention settings', () => {
  it.each([
    [{}, 30, 500],
    [{ retentionDays: 7, retentionMaxMB: 50 }, 7, 50],
    [{ retentionDays: '14', retentionMaxMB: '200' }, 14, 200],
    [{ retentionDays: 0, retentionMaxMB: 1 }, 1, 10],
    [{ retentionDays: 1e9, retentionMaxMB: 1e12 }, 3650, 100_000],
    [{ retentionDays: 'soon', retentionMaxMB: null }, 30, 500],
    [{ retentionDays: '', retentionMaxMB: NaN }, 30, 500],
  ])('reads %j as %i days and %i MB', (raw, days, mb) => {
    expect(normaliseSettings(raw)).toMatchObject({ retentionDays: days, retentionMaxMB: mb });
  });
});
