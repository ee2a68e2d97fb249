import type { Builtins } from './builtins';
import { bare, invoke } from './call';

// DOM events through the captured EventTarget methods and CustomEvent constructor.

export function listen(B: Builtins, target: unknown, type: string, fn: (event: Event) => void, capture = false): void {
  invoke(B, B.addEventListener, target, [type, fn, capture]);
}

/** Dispatches a CustomEvent whose detail is a string: the only value that crosses worlds safely. */
export function dispatch(B: Builtins, target: unknown, type: string, detail: string): void {
  invoke(B, B.dispatchEvent, target, [new B.CustomEvent!(type, bare(B, { detail }))]);
}

export function detailOf(B: Builtins, event: Event): unknown {
  return B.eventDetail ? invoke(B, B.eventDetail, event) : (event as CustomEvent).detail;
}
