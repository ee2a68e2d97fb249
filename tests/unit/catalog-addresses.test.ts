import { describe, expect, it } from 'vitest';
import { addressScope } from '@/utils/catalog/address';
import { regionOfCloudLocation } from '@/utils/catalog/cloud-regions';
import { normaliseHost, registrableDomain } from '@/utils/catalog/domain';
import { compileEndpoints } from '@/utils/catalog/endpoints';

const hostOf = (u: string) => normaliseHost(new URL(u).hostname);

describe('loopback and private addresses', () => {
  it.each([
    ['http://localhost:11434/', 'loopback'],
    ['http://app.localhost/', 'loopback'],
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://0.0.0.0:8000/', 'loopback'],
    ['http://[::1]:1234/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:192.168.0.4]/', 'private'],
    ['http://10.1.2.3/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://172.31.255.255/', 'private'],
    ['http://192.168.1.20/', 'private'],
    ['http://169.254.1.1/', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://[fd12:3456::1]/', 'private'],
    ['http://[fe80::1]/', 'private'],
    ['http://gpu-box.local/', 'private'],
    ['http://llm.internal/', 'private'],
    ['http://172.32.0.1/', null],
    ['http://8.8.8.8/', null],
    ['http://[2001:db8::1]/', null],
    ['http://localhost.example.com/', null],
    ['http://store.test/', null],
  ])('%s is %s', (u, scope) => {
    expect(addressScope(hostOf(u))).toBe(scope);
  });
});

describe('store origins and sovereign endpoints', () => {
  it.each([
    [['http://store.test'], 'http://store.test/cart', true],
    [['http://store.test'], 'http://store.test:80/cart', true],
    [['http://store.test'], 'ws://store.test/socket', true],
    [['http://store.test'], 'http://store.test:8080/', false],
    [['http://store.test'], 'http://www.store.test/', false],
    [['http://127.0.0.1:8080'], 'http://127.0.0.1:8080/x', true],
    [['http://127.0.0.1:8080'], 'http://127.0.0.1:11434/api/chat', false],
    [['store.test'], 'https://store.test:8443/', true],
    [['store.test:8443'], 'https://store.test/', false],
    [['*.store.test'], 'https://img.cdn.store.test/', true],
    [['*.store.test'], 'https://store.test/', false],
    [['http://*.store.test'], 'http://shop.store.test/', true],
    [['http://*.store.test'], 'https://shop.store.test/', false],
    [['https://gw.example/ai/'], 'https://gw.example/ai/chat', true],
    [['https://gw.example/ai'], 'https://gw.example/ai', true],
    [['https://gw.example/ai'], 'https://gw.example/air', false],
    [['http://[::1]:8080'], 'http://[::1]:8080/', true],
    [['not a url at all :::'], 'http://store.test/', false],
  ])('%j contains %s: %s', (list, u, expected) => {
    expect(compileEndpoints(list).matches(new URL(u))).toBe(expected);
  });
});

describe('registrable domains and cloud regions', () => {
  it.each([
    ['shop.example.co.uk', 'example.co.uk'],
    ['generativelanguage.googleapis.com', 'generativelanguage.googleapis.com'],
    ['tenant.github.io', 'tenant.github.io'],
    ['127.0.0.1', null],
    ['localhost', null],
  ])('%s belongs to the site %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });

  it.each([
    ['eu-central-1', 'eu'],
    ['eu-west-2', 'gb'],
    ['eu-central-2', 'ch'],
    ['europe-west4', 'eu'],
    ['europe-west6', 'ch'],
    ['us-east-1', 'us'],
    ['us-central1', 'us'],
    ['global', 'global'],
    ['europe-west99', undefined],
    ['ap-southeast-2', undefined],
  ])('cloud location %s is region %s', (location, region) => {
    expect(regionOfCloudLocation(location)).toEqual(region ? { region, location } : { location });
  });
});
