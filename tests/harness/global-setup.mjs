// Vitest global setup for the E2E run:
//  1. build the extension once (about 2 s; LEAKSCOPE_SKIP_BUILD=1 reuses .output/chrome-mv3 as is);
//  2. snapshot the build into a private temp directory (LEAKSCOPE_DIST), so a concurrent
//     `wxt build` by someone else cannot remove the extension under a running test.
// Both variables are inherited by the test workers.
import { rmSync } from 'node:fs';
import { ensureBuilt, snapshotDist } from './browser.mjs';

export default async function setup() {
  ensureBuilt({ quiet: false });
  process.env.LEAKSCOPE_SKIP_BUILD = '1';
  const snapshot = await snapshotDist();
  process.env.LEAKSCOPE_DIST = snapshot;
  return () => rmSync(snapshot, { recursive: true, force: true });
}
