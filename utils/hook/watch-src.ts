import type { Transport } from '../hook-event';
import type { Fn } from './builtins';
import { FAIL, invoke, probe } from './call';
import { initiatorOf, isCrossOriginHttp, requestEvent, type HookContext } from './context';
import { patchMethod, patchSetter } from './patch';

// Script-set `src` on img/script/iframe pointing at another origin: tracking pixels, injected
// third-party scripts and frames. Parser-created elements never go through these setters.

const TARGETS: [string, Transport][] = [
  ['HTMLImageElement', 'image'],
  ['HTMLScriptElement', 'script'],
  ['HTMLIFrameElement', 'iframe'],
];

export function watchSrc(ctx: HookContext): void {
  const { B } = ctx;
  const getters: [Fn, Transport][] = [];

  // The getter returns the URL resolved against the document, as the browser will fetch it.
  const record = (element: unknown, getter: Fn, transport: Transport) => {
    const url = invoke(B, getter, element);
    if (typeof url === 'string' && isCrossOriginHttp(ctx, url)) {
      ctx.emit(requestEvent(ctx, transport, url, 'GET', initiatorOf(ctx)));
    }
  };

  for (let i = 0; i < TARGETS.length; i++) {
    const name = TARGETS[i]![0];
    const transport = TARGETS[i]![1];
    const getter = patchSetter(B, ctx.win[name]?.prototype, 'src', (element) => record(element, getter!, transport));
    if (getter) getters[getters.length] = [getter, transport];
  }

  patchMethod(B, ctx.win.Element?.prototype, 'setAttribute', {
    apply(target, element, args: unknown[]) {
      const result = B.apply(target, element, args);
      try {
        const name = args[0];
        if (typeof name === 'string' && name.length === 3 && invoke(B, B.strLower, name) === 'src') {
          // The getter's brand check tells which element type this is.
          for (let i = 0; i < getters.length; i++) {
            if (probe(B, getters[i]![0], element) !== FAIL) return record(element, getters[i]![0], getters[i]![1]), result;
          }
        }
      } catch {
        // Not recorded.
      }
      return result;
    },
  });
}
