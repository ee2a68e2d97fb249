import type { HookRequestEvent } from '../hook-event';
import { captureBody, type Captured } from './capture-body';
import { emitCaptured, initiatorOf, requestEvent, resolveUrl, type HookContext } from './context';
import { patchMethod } from './patch';

// navigator.sendBeacon: always a POST; recorded only when the browser queued it (returned true).

export function wrapBeacon(ctx: HookContext): void {
  const { B } = ctx;
  patchMethod(B, ctx.win.Navigator?.prototype, 'sendBeacon', {
    apply(target, navigator, args: unknown[]) {
      let event: HookRequestEvent | undefined;
      let captured: Captured | undefined;
      try {
        if (args.length > 0) {
          event = requestEvent(ctx, 'beacon', resolveUrl(ctx, args[0]), 'POST', initiatorOf(ctx));
          const cap = ctx.bodyCap();
          if (cap !== null) captured = captureBody(B, args[1], cap);
        }
      } catch {
        event = undefined;
      }
      const result = B.apply(target, navigator, args);
      if (event && result === true) emitCaptured(ctx, event, captured);
      return result;
    },
  });
}
