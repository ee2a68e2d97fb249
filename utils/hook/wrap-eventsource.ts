import { FAIL, probe } from './call';
import { initiatorOf, requestEvent, resolveUrl, type HookContext } from './context';
import { patchConstructor } from './patch';

// EventSource: one GET per constructor call, URL as the browser resolved it.

export function wrapEventSource(ctx: HookContext): void {
  const { B } = ctx;
  if (typeof ctx.win.EventSource !== 'function') return;
  patchConstructor(B, ctx.win, 'EventSource', {
    construct(target, args: unknown[], newTarget) {
      const source = B.construct(target, args, newTarget);
      try {
        const url = probe(B, B.esUrl, source);
        ctx.emit(requestEvent(ctx, 'eventsource', url === FAIL ? resolveUrl(ctx, args[0]) : url, 'GET', initiatorOf(ctx)));
      } catch {
        // Unrecorded; the page has its EventSource either way.
      }
      return source;
    },
  });
}
