import type { HookBody, HookFrameEvent } from '../hook-event';
import { captureBody, type Captured } from './capture-body';
import { FAIL, invoke, probe } from './call';
import { documentUrl, emitCaptured, initiatorOf, requestEvent, resolveUrl, type HookContext } from './context';
import { patchConstructor, patchMethod } from './patch';
import { uuid } from './uuid';

// WebSocket: the constructor is a `request` event; each send() is a `ws-frame` tied to it by id.

interface SocketInfo {
  id: string;
  url: string;
}

const CAPTURE_OFF: HookBody = { kind: 'unknown', status: 'unreadable', reason: 'capture off', size: null, capturedBytes: 0 };

function protocolsOf(ctx: HookContext, value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (!ctx.B.isArray(value)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') out[out.length] = value[i];
  return out;
}

export function wrapWebSocket(ctx: HookContext): void {
  const { B } = ctx;
  const WS = ctx.win.WebSocket;
  if (typeof WS !== 'function') return;
  const sockets = new B.WeakMap<object, SocketInfo>();

  patchConstructor(B, ctx.win, 'WebSocket', {
    construct(target, args: unknown[], newTarget) {
      const socket = B.construct(target, args, newTarget);
      try {
        const url = probe(B, B.wsUrl, socket);
        const event = requestEvent(ctx, 'websocket', url === FAIL ? resolveUrl(ctx, args[0]) : url, 'GET', initiatorOf(ctx));
        const protocols = protocolsOf(ctx, args[1]);
        if (protocols) event.protocols = protocols;
        invoke(B, B.wmSet, sockets, [socket, { id: event.id, url: event.url }]);
        ctx.emit(event);
      } catch {
        // Socket unrecorded; the page has it either way.
      }
      return socket;
    },
  });

  patchMethod(B, WS.prototype, 'send', {
    apply(target, socket, args: unknown[]) {
      let event: HookFrameEvent | undefined;
      let captured: Captured | undefined;
      try {
        const info: SocketInfo | undefined = invoke(B, B.wmGet, sockets, [socket]);
        const url = info ? info.url : probe(B, B.wsUrl, socket);
        const cap = ctx.bodyCap();
        captured = cap === null ? { body: CAPTURE_OFF } : captureBody(B, args[0], cap);
        event = {
          type: 'ws-frame',
          id: uuid(B),
          time: B.apply(B.dateNow, null, []),
          documentUrl: documentUrl(ctx),
          initiator: initiatorOf(ctx),
          socketId: info ? info.id : '',
          url: typeof url === 'string' ? url : '',
          direction: 'send',
          body: CAPTURE_OFF,
        };
      } catch {
        event = undefined;
      }
      // send() while CONNECTING throws InvalidStateError: the page sees it and no frame is recorded.
      const result = B.apply(target, socket, args);
      if (event) emitCaptured(ctx, event, captured);
      return result;
    },
  });
}
