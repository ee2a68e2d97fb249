import { describe, expect, it } from 'vitest';
import { isMonitoredUrl, originOf } from '@/utils/origin';
import { normaliseSettings, parseMonitorParam, withMonitored } from '@/utils/settings';

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
    expect(normaliseSettings('nonsense')).toEqual({ monitored: [], bodyCapBytes: 1024 * 1024 });
  });

  it('drops invalid and duplicate origins and clamps the body cap', () => {
    const s = normaliseSettings({ monitored: [{ origin: 'https://a.test/' }, { origin: 'https://a.test' }, { origin: 'ftp://x' }, null], bodyCapBytes: 1 });
    expect(s).toEqual({ monitored: [{ origin: 'https://a.test', includeSubdomains: false }], bodyCapBytes: 1024 });
  });

  it('adds origins without touching existing choices', () => {
    const s = withMonitored({ monitored: [{ origin: 'https://a.test', includeSubdomains: true }], bodyCapBytes: 1024 }, ['https://a.test', 'https://b.test']);
    expect(s.monitored).toEqual([{ origin: 'https://a.test', includeSubdomains: true }, { origin: 'https://b.test', includeSubdomains: false }]);
  });
});
