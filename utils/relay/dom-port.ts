import type { RelayDeps } from './relay';

// The real document as the relay's listen/dispatch pair; details are strings across worlds.

export function documentPort(doc: Document): Pick<RelayDeps, 'listen' | 'dispatch'> {
  return {
    listen(type, fn) {
      doc.addEventListener(type, (event) => fn((event as CustomEvent).detail));
    },
    dispatch(type, detail) {
      doc.dispatchEvent(new CustomEvent(type, { detail }));
    },
  };
}
