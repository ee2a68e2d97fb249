import { afterEach, describe, expect, it } from 'vitest';
import { captureBuiltins } from '@/utils/hook/builtins';
import { captureStack, parseInitiator } from '@/utils/hook/stack';

const DOC = 'https://store.test/checkout/';

const v8 = (...frames: string[]) => ['Error', ...frames.map((f) => `    at ${f}`)].join('\n');
const ff = (...frames: string[]) => frames.join('\n') + '\n';

describe('initiator from stack text', () => {
  it.each([
    [
      'takes the first http frame of a V8 stack, skipping the chrome-extension hook frame',
      v8('Object.apply (chrome-extension://abcdef/content-scripts/hook.js:1:2040)', 'sendChat (https://cdn.ai.test/widget.js?ver=2.1:10:5)', 'https://store.test/app.js:3:1'),
      { url: 'https://cdn.ai.test/widget.js?ver=2.1', line: 10, column: 5, method: 'stack' },
    ],
    [
      'reads an anonymous V8 frame without parentheses',
      v8('chrome-extension://abcdef/content-scripts/hook.js:1:99', 'https://cdn.test/a.js:7:12'),
      { url: 'https://cdn.test/a.js', line: 7, column: 12, method: 'stack' },
    ],
    [
      'reads an async V8 frame',
      v8('async send (https://cdn.test/a.js:4:2)'),
      { url: 'https://cdn.test/a.js', line: 4, column: 2, method: 'stack' },
    ],
    [
      'attributes V8 eval code to the script that called eval',
      v8('eval (eval at load (https://cdn.test/loader.js:5:9), <anonymous>:1:1)', 'https://store.test/x.js:1:1'),
      { url: 'https://cdn.test/loader.js', line: 5, column: 9, method: 'stack' },
    ],
    [
      'takes the first http frame of a Firefox stack, skipping the moz-extension hook frame',
      ff('apply@moz-extension://0f1e2d/content-scripts/hook.js:1:100', 'sendChat@https://cdn.ai.test/widget.js:10:5', '@https://store.test/app.js:20:3'),
      { url: 'https://cdn.ai.test/widget.js', line: 10, column: 5, method: 'stack' },
    ],
    [
      'attributes Firefox eval code to the calling script and its line',
      ff('@https://cdn.test/a.js line 2 > eval:1:5'),
      { url: 'https://cdn.test/a.js', line: 2, method: 'stack' },
    ],
    [
      'marks a frame of the document itself (hash ignored) as an inline script, V8',
      v8('https://store.test/checkout/:120:7'),
      { url: 'https://store.test/checkout/', line: 120, column: 7, method: 'stack-inline' },
    ],
    [
      'marks a frame of the document itself as an inline script, Firefox',
      ff('onclick@https://store.test/checkout/#pay:3:9'),
      { url: 'https://store.test/checkout/#pay', line: 3, column: 9, method: 'stack-inline' },
    ],
    [
      'skips blob: script frames',
      v8('blob:https://store.test/5b1c:1:1', 'https://cdn.test/b.js:2:2'),
      { url: 'https://cdn.test/b.js', line: 2, column: 2, method: 'stack' },
    ],
    ['returns none when no frame is http', v8('chrome-extension://abc/hook.js:1:1', '<anonymous>'), { method: 'none' }],
    ['returns none for an empty stack', '', { method: 'none' }],
  ])('%s', (_name, stack, expected) => {
    expect(parseInitiator(stack, DOC + (expected.method === 'stack-inline' ? '#step2' : ''))).toEqual(expected);
  });

  it('falls back to the document for forms submitted without any script frame', () => {
    expect(parseInitiator(v8('<anonymous>'), DOC, 'document')).toEqual({ url: DOC, method: 'document' });
  });
});

describe('stack capture', () => {
  const E = Error as ErrorConstructor & { prepareStackTrace?: unknown; stackTraceLimit?: number };
  const saved = Object.getOwnPropertyDescriptor(E, 'stackTraceLimit');
  afterEach(() => {
    Reflect.deleteProperty(E, 'prepareStackTrace');
    if (saved) Object.defineProperty(E, 'stackTraceLimit', saved);
  });

  it('ignores a page prepareStackTrace and stackTraceLimit, and restores both afterwards', () => {
    const B = captureBuiltins(globalThis as never);
    let called = 0;
    const pagePrepare = () => {
      called++;
      return 'page format';
    };
    E.prepareStackTrace = pagePrepare;
    E.stackTraceLimit = 0;
    const stack = captureStack(B);
    expect(stack).toMatch(/\n\s+at /);
    expect(called).toBe(0);
    expect(E.prepareStackTrace).toBe(pagePrepare);
    expect(E.stackTraceLimit).toBe(0);
  });

  it('leaves no prepareStackTrace property behind when the page had none', () => {
    const B = captureBuiltins(globalThis as never);
    captureStack(B);
    expect(Object.prototype.hasOwnProperty.call(E, 'prepareStackTrace')).toBe(false);
  });

  it('does not call a page accessor installed on Error.stackTraceLimit', () => {
    const B = captureBuiltins(globalThis as never);
    let touched = 0;
    Object.defineProperty(E, 'stackTraceLimit', { get: () => (touched++, 10), set: () => void touched++, configurable: true });
    expect(captureStack(B)).toMatch(/at /);
    expect(touched).toBe(0);
    expect(Object.getOwnPropertyDescriptor(E, 'stackTraceLimit')?.get).toBeTypeOf('function');
  });
});
