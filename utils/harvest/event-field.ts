// The element an input event really came from. A listener on the document sees events from an open
// shadow root retargeted to the shadow host; composedPath()[0] is the input itself. A closed shadow
// root's inside is left out of the path (the host is all we get), so its fields stay out of reach.

export interface InputEventLike {
  target?: unknown;
  composedPath?: () => readonly unknown[];
}

export function fieldOfEvent(event: InputEventLike): unknown {
  try {
    const path = typeof event.composedPath === 'function' ? event.composedPath() : undefined;
    if (path && path.length > 0) return path[0];
  } catch {
    // an event outside dispatch has an empty path; fall back to the target
  }
  return event.target;
}
