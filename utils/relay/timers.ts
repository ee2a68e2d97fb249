// Timer functions the relay is given, so tests can drive time with fakes.
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Next retry delay: doubles from `min` up to `max`. */
export const nextBackoff = (current: number, min: number, max: number): number =>
  current <= 0 ? min : Math.min(current * 2, max);
