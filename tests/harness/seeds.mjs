// Seeds the extension holds in storage.session (raw shopper values, never on disk), read from an
// extension page such as the options page a session keeps open.

/**
 * Every seed of every session: `{ kind, value, shopperId? }[]`.
 * @param {import('playwright-core').Page} extPage
 * @returns {Promise<{ kind: string, value: string, shopperId?: string }[]>}
 */
export async function readSeeds(extPage) {
  return extPage.evaluate(async () => {
    // @ts-ignore -- chrome is the extension page's global
    const all = await chrome.storage.session.get(null);
    return Object.entries(all).filter(([key]) => key.startsWith('seeds:')).flatMap(([, seeds]) => (Array.isArray(seeds) ? seeds : []));
  });
}
