import { describe, expect, it } from 'vitest';
import { joinKey, maskUserinfo, normaliseUrl } from '@/utils/join-key';

// The hook resolves a request's URL with the page's own URL parser (captured at injection), the
// one the browser's network stack serialises with; webRequest reports that serialisation without
// the fragment. The pairs below are what Chromium gave for one call each (tests/e2e/transports:
// the hook's `new URL(input, document.baseURI).href` next to webRequest's URL), so a change to
// the key that splits them shows here before it shows as two rows.

describe('a request seen by the hook and by webRequest gets one join key', () => {
  it.each([
    ['a quote, a space, |, ^, a backtick and non-ASCII in the query, and a fragment',
      "https://api.openai.com/v1/chat/completions?q=it%27s%20a|b^c`d%20%C3%A9&m=M1#frag",
      "https://api.openai.com/v1/chat/completions?q=it%27s%20a|b^c`d%20%C3%A9&m=M1"],
    ['a quote, a space, |, ^, a backtick, <>, a double quote, braces and non-ASCII in the path, and dot segments',
      "https://api.openai.com/v1/a%20b'%C3%A9%7Cz%5Ey%60x%3Cw%3E%22v%7Bu%7D/s?m=M2",
      "https://api.openai.com/v1/a%20b'%C3%A9%7Cz%5Ey%60x%3Cw%3E%22v%7Bu%7D/s?m=M2"],
    ['the default port and <>"{} in the query', 'https://api.openai.com/v1/x?m=M3&p=%3C%3E%22{}', 'https://api.openai.com/v1/x?m=M3&p=%3C%3E%22{}'],
    ['an upper-case scheme and host, a bad escape and a backslash in the query', 'https://api.openai.com/v1/x?m=M4&t=%41%zz\\', 'https://api.openai.com/v1/x?m=M4&t=%41%zz\\'],
    ['an emoji, and a tab and a newline the parser drops', 'https://api.openai.com/v1/x?m=M5&emoji=%F0%9F%98%80&tab=&nl=ab', 'https://api.openai.com/v1/x?m=M5&emoji=%F0%9F%98%80&tab=&nl=ab'],
    ['a fragment holding a quote and a space', "https://api.openai.com/v1/x?m=M7#frag'with%20space", 'https://api.openai.com/v1/x?m=M7'],
    ['a beacon: a space, | and a quote in the path, and a fragment', "https://api.openai.com/v1/b%20e%7Ca'c%20%C3%A9?m=M11#f", "https://api.openai.com/v1/b%20e%7Ca'c%20%C3%A9?m=M11"],
  ])('%s', (_what, hook, webRequest) => {
    expect(joinKey(1, 0, 'post', hook)).toBe(joinKey(1, 0, 'POST', webRequest));
    expect(normaliseUrl(hook)).toBe(webRequest);
  });
});

describe('the URL a row is stored and joined under', () => {
  it.each([
    ['drops the fragment, which webRequest never reports', 'https://api.openai.com/v1/x?q=1#part', 'https://api.openai.com/v1/x?q=1'],
    ['drops an empty fragment', 'https://api.openai.com/v1/x#', 'https://api.openai.com/v1/x'],
    ['drops the scheme\'s default port', 'https://api.openai.com:443/v1/x', 'https://api.openai.com/v1/x'],
    ['keeps another port', 'https://api.openai.com:8443/v1/x', 'https://api.openai.com:8443/v1/x'],
    ['resolves dot segments', 'https://api.openai.com/v1/./a/../b', 'https://api.openai.com/v1/b'],
    ['lower-cases the scheme and host', 'HTTPS://API.OpenAI.com/V1/X', 'https://api.openai.com/V1/X'],
    ['writes an international host in punycode', 'https://bücher.example/p', 'https://xn--bcher-kva.example/p'],
    ['percent-encodes a quote, a space and non-ASCII in the query', "https://api.openai.com/v1/x?q=it's é", 'https://api.openai.com/v1/x?q=it%27s%20%C3%A9'],
    ['leaves an escape that is already there alone', 'https://api.openai.com/v1/x?q=%27a', 'https://api.openai.com/v1/x?q=%27a'],
    ['leaves text that is no URL as it is', 'not a url', 'not a url'],
  ])('%s', (_what, input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it('joins a WebSocket under the http(s) URL of its handshake', () => {
    expect(joinKey(1, 0, 'GET', 'wss://api.openai.com/v1/realtime?m=1#x')).toBe(joinKey(1, 0, 'GET', 'https://api.openai.com/v1/realtime?m=1'));
  });
});

describe('a user name and password written into a URL are never stored', () => {
  it.each([
    ['a user name and password', 'https://ops:hunter2@api.openai.com/v1/x?q=1#f', 'https://***@api.openai.com/v1/x?q=1'],
    ['a user name only', 'https://ops@api.openai.com/v1/x', 'https://***@api.openai.com/v1/x'],
    ['a password only', 'https://:hunter2@api.openai.com/v1/x', 'https://***@api.openai.com/v1/x'],
    ['percent-encoded ones, with a port', 'http://a%40b:p%3Aw@store.test:8080/wp-json/', 'http://***@store.test:8080/wp-json/'],
    ['a WebSocket URL', 'wss://u:p@api.openai.com/v1/realtime', 'wss://***@api.openai.com/v1/realtime'],
    ['the mask itself (normalising twice changes nothing)', 'https://***@api.openai.com/v1/x', 'https://***@api.openai.com/v1/x'],
    ['an @ in the query only, which is no user info', 'https://api.openai.com/v1/x?email=a@b.example', 'https://api.openai.com/v1/x?email=a@b.example'],
  ])('masks %s', (_what, input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it.each([
    ['keeps the fragment of a document URL', 'https://u:p@store.test/checkout/#pay', 'https://***@store.test/checkout/#pay'],
    ['leaves a URL without user info as it was given', 'https://store.test/a%7cb?x=@y', 'https://store.test/a%7cb?x=@y'],
    ['masks text no URL parser takes', 'https://u:hunter2@', 'https://***@'],
  ])('maskUserinfo %s', (_what, input, expected) => {
    expect(maskUserinfo(input)).toBe(expected);
  });

  it.each([
    ['the hook had them, the browser sent the request without', 'https://u:hunter2@api.openai.com/v1/x', 'https://api.openai.com/v1/x'],
    ['both had them', 'https://u:hunter2@api.openai.com/v1/x', 'https://u:hunter2@api.openai.com/v1/x'],
    ['the two sides had different ones', 'https://u:one@api.openai.com/v1/x', 'https://v:two@api.openai.com/v1/x'],
  ])('joins both sides when %s, under a key without them', (_what, hook, webRequest) => {
    expect(joinKey(1, 0, 'GET', hook)).toBe(joinKey(1, 0, 'GET', webRequest));
    expect(joinKey(1, 0, 'GET', hook)).not.toContain('hunter2');
  });
});
