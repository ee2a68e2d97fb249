import type { Detector } from '../detection';

// Detection housekeeping: catch up on rows a stopped worker left unanalysed, and drop raw bodies
// whose re-analysis window has passed. Runs at start and then at most once a minute, on activity.

const EVERY_MS = 60_000;

export function registerDetection(detector: Detector, now: () => number): () => void {
  let last = 0;
  const tick = () => {
    if (now() - last < EVERY_MS) return;
    last = now();
    void detector.catchUp().then(() => detector.dropExpired()).catch(() => {});
  };
  tick();
  return tick;
}
