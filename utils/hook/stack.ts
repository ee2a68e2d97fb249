import type { HookInitiator } from '../hook-event';
import type { Builtins } from './builtins';
import { bare } from './call';

// Initiator = first http(s) frame of the call's stack. Extension frames (chrome-extension://,
// moz-extension://) never match because only http(s) URLs are accepted.

// Intrinsics taken when the bundle runs (injection time), so parsing ignores later page patches.
const apply = Reflect.apply;
const exec = RegExp.prototype.exec;
const indexOf = String.prototype.indexOf;
const slice = String.prototype.slice;
const toNumber = Number;

// V8 "at f (URL:L:C)" / "at URL:L:C", Firefox/Safari "f@URL:L:C": the URL ends the line.
const AT_END = /(?:^|[\s(@])(https?:\/\/[^\s()]+):(\d+):(\d+)\)?\s*$/;
// V8 eval frames: "at eval (eval at f (URL:L:C), <anonymous>:1:1)" → the script that called eval.
const ANYWHERE = /(?:^|[\s(@])(https?:\/\/[^\s()]+?):(\d+):(\d+)/;
// Firefox eval / Function frames: "f@URL line 12 > eval:1:5".
const FF_EVAL = /(?:^|[\s(@])(https?:\/\/[^\s()]+) line (\d+) > /;

function frameOf(line: string): HookInitiator | null {
  const m = apply(exec, AT_END, [line]) ?? apply(exec, ANYWHERE, [line]);
  if (m) return { url: m[1], line: toNumber(m[2]), column: toNumber(m[3]), method: 'stack' };
  const f = apply(exec, FF_EVAL, [line]);
  return f ? { url: f[1], line: toNumber(f[2]), method: 'stack' } : null;
}

const withoutHash = (url: string): string => {
  const i: number = apply(indexOf, url, ['#']);
  return i < 0 ? url : apply(slice, url, [0, i]);
};

/** Pure: the first http(s) frame of `stack`, 'stack-inline' when it is the document itself. */
export function parseInitiator(
  stack: string,
  documentUrl: string,
  fallback: 'document' | 'none' = 'none',
): HookInitiator {
  for (let start = 0; start < stack.length; ) {
    let end: number = apply(indexOf, stack, ['\n', start]);
    if (end < 0) end = stack.length;
    const frame = frameOf(apply(slice, stack, [start, end]));
    if (frame) {
      if (withoutHash(frame.url!) === withoutHash(documentUrl)) frame.method = 'stack-inline';
      return frame;
    }
    start = end + 1;
  }
  return fallback === 'document' ? { url: documentUrl, method: 'document' } : { method: 'none' };
}

type ErrorCtor = Builtins['Error'];

// Swaps an Error static via descriptors so a page accessor is neither called nor left changed.
function swap(B: Builtins, E: ErrorCtor, name: string, value: unknown): () => void {
  const old = B.getOwnPropertyDescriptor(E, name);
  B.defineProperty(E, name, bare(B, { value, writable: true, configurable: true, enumerable: false }));
  return () => {
    if (old) B.defineProperty(E, name, bare(B, old));
    else delete (E as unknown as Record<string, unknown>)[name];
  };
}

/** The current stack text, unaffected by a page's Error.stackTraceLimit / prepareStackTrace. */
export function captureStack(B: Builtins): string {
  const E = B.Error;
  const undo: Array<() => void> = [];
  try {
    undo[undo.length] = swap(B, E, 'stackTraceLimit', 100);
    undo[undo.length] = swap(B, E, 'prepareStackTrace', undefined);
  } catch {
    // Frozen Error: capture with whatever the page left.
  }
  try {
    const err = new E();
    const stack: unknown = B.errorStack ? B.apply(B.errorStack, err, []) : err.stack;
    return typeof stack === 'string' ? stack : '';
  } catch {
    return '';
  } finally {
    for (let i = undo.length - 1; i >= 0; i--) {
      try {
        undo[i]!();
      } catch {
        // Restoring failed: nothing more we can do without throwing into the page.
      }
    }
  }
}
