import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HARVEST_FALLBACK_MS, HARVEST_FILE, harvestTarget, registerHarvest } from '@/utils/background/register-harvest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

const STORE = 'https://store.test';
const settings: Settings = { ...DEFAULT_SETTINGS, monitored: [{ origin: STORE, includeSubdomains: false }] };
const loaded = (over: Partial<{ tabId: number; frameId: number; url: string; documentId: string }> = {}) => ({
  tabId: 7, frameId: 0, url: `${STORE}/checkout/`, ...over,
});

describe('which documents get the harvester', () => {
  it.each([
    ['the top frame of a monitored page, pinned to its document', loaded({ documentId: 'doc-1' }), { tabId: 7, documentIds: ['doc-1'] }],
    ['the top frame of a monitored page in a browser without document ids (Firefox)', loaded(), { tabId: 7, frameIds: [0] }],
    ['no subframe, even of the store', loaded({ frameId: 3 }), null],
    ['no page of an origin that is not monitored', loaded({ url: 'https://elsewhere.test/' }), null],
    ['no page outside a tab (a service worker or prerender has tab -1)', loaded({ tabId: -1 }), null],
    ['no extension or browser page', loaded({ url: 'chrome://newtab/' }), null],
  ])('%s', (_name, details, expected) => {
    expect(harvestTarget(details, settings)).toEqual(expected);
  });
});

describe('the harvester injection', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  let log: ReturnType<typeof vi.fn<(message: string, error: unknown) => void>>;
  beforeEach(() => {
    fakeBrowser.reset();
    (fakeBrowser.webNavigation.onCompleted as unknown as { removeAllListeners(): void }).removeAllListeners();
    (fakeBrowser.webNavigation.onDOMContentLoaded as unknown as { removeAllListeners(): void }).removeAllListeners();
    executeScript = vi.fn(async () => []);
    log = vi.fn<(message: string, error: unknown) => void>();
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
    registerHarvest(fakeBrowser as never, async () => settings, log);
  });
  const fire = async (details: ReturnType<typeof loaded>) => {
    await (fakeBrowser.webNavigation.onCompleted as unknown as { trigger(d: object): Promise<unknown> }).trigger({ ...details, timeStamp: 0, parentFrameId: -1, processId: 1 });
    await new Promise((r) => setTimeout(r, 0));
  };

  it('injects the harvester file into a monitored page once it has loaded', async () => {
    await fire(loaded({ documentId: 'doc-1' }));
    expect(executeScript.mock.calls).toEqual([[{ target: { tabId: 7, documentIds: ['doc-1'] }, files: [HARVEST_FILE] }]]);
  });

  it('injects nothing into a page that is not monitored', async () => {
    await fire(loaded({ url: 'https://elsewhere.test/' }));
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('logs, and never throws, when the tab went away before the injection', async () => {
    executeScript.mockRejectedValueOnce(new Error('No tab with id: 7'));
    await fire(loaded());
    expect(log).toHaveBeenCalledWith('harvester not injected', expect.any(Error));
  });

  describe('a page whose load does not complete', () => {
    const parsed = async (details: ReturnType<typeof loaded>) => {
      await (fakeBrowser.webNavigation.onDOMContentLoaded as unknown as { trigger(d: object): Promise<unknown> }).trigger({ ...details, timeStamp: 0, processId: 1 });
    };
    beforeEach(() => {
      vi.useFakeTimers();
      (fakeBrowser.webNavigation.onCompleted as unknown as { removeAllListeners(): void }).removeAllListeners();
      (fakeBrowser.webNavigation.onDOMContentLoaded as unknown as { removeAllListeners(): void }).removeAllListeners();
      registerHarvest(fakeBrowser as never, async () => settings, log, { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) });
    });
    afterEach(() => vi.useRealTimers());

    it('still gets the harvester a while after its document was parsed', async () => {
      await parsed(loaded({ documentId: 'doc-1' }));
      await vi.advanceTimersByTimeAsync(HARVEST_FALLBACK_MS - 1);
      expect(executeScript).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(executeScript.mock.calls).toEqual([[{ target: { tabId: 7, documentIds: ['doc-1'] }, files: [HARVEST_FILE] }]]);
    });

    it('gets it once when the load completes in time, and not from the fallback as well', async () => {
      await parsed(loaded({ documentId: 'doc-1' }));
      await (fakeBrowser.webNavigation.onCompleted as unknown as { trigger(d: object): Promise<unknown> }).trigger({ ...loaded({ documentId: 'doc-1' }), timeStamp: 0, parentFrameId: -1, processId: 1 });
      await vi.advanceTimersByTimeAsync(HARVEST_FALLBACK_MS * 2);
      expect(executeScript).toHaveBeenCalledTimes(1);
    });

    it('gives a tab that navigated on only the fallback of its newest document', async () => {
      await parsed(loaded({ documentId: 'doc-1' }));
      await vi.advanceTimersByTimeAsync(1000);
      await parsed(loaded({ documentId: 'doc-2', url: `${STORE}/cart/` }));
      await vi.advanceTimersByTimeAsync(HARVEST_FALLBACK_MS);
      expect(executeScript.mock.calls).toEqual([[{ target: { tabId: 7, documentIds: ['doc-2'] }, files: [HARVEST_FILE] }]]);
    });

    it('ignores subframes that finish parsing', async () => {
      await parsed(loaded({ frameId: 2, documentId: 'sub' }));
      await vi.advanceTimersByTimeAsync(HARVEST_FALLBACK_MS * 2);
      expect(executeScript).not.toHaveBeenCalled();
    });
  });
});
