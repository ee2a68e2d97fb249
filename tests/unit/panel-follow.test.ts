import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followActiveTab, pickTarget } from '@/utils/panel/follow-tab';

// The side panel follows the active tab of its window, and never shows itself.

const SELF = fakeBrowser.runtime.getURL('/sidepanel.html');
const isSelf = (url?: string) => url === SELF;

describe('which tab the panel shows', () => {
  it.each([
    ['the active tab', [{ id: 1, url: 'http://a.test/', active: false, lastAccessed: 5 }, { id: 2, url: 'http://b.test/', active: true, lastAccessed: 1 }], 2],
    ['the last used tab when the panel itself is the active tab', [{ id: 1, url: 'http://a.test/', lastAccessed: 5 }, { id: 2, url: 'http://b.test/', lastAccessed: 9 }, { id: 3, url: SELF, active: true, lastAccessed: 10 }], 2],
    ['nothing when only the panel is open', [{ id: 3, url: SELF, active: true }], null],
  ])('is %s', (_name, tabs, id) => {
    expect(pickTarget(tabs, isSelf)?.id ?? null).toBe(id);
  });
});

describe('following the active tab', () => {
  let seen: (number | undefined)[];
  let urls: (string | undefined)[];
  let windowId: number;
  let store: { id?: number };
  let other: { id?: number };

  beforeEach(async () => {
    fakeBrowser.reset();
    seen = [];
    urls = [];
    windowId = (await fakeBrowser.windows.create({}))!.id!;
    store = await fakeBrowser.tabs.create({ url: 'http://store.test/shop/', windowId, active: true });
    other = await fakeBrowser.tabs.create({ url: 'http://other.test/', windowId, active: false });
  });

  const follow = () =>
    followActiveTab(fakeBrowser as never, windowId, (t) => {
      seen.push(t.id);
      urls.push(t.url);
    });

  it('starts on the active tab, then follows a tab switch in its window', async () => {
    follow();
    await vi.waitFor(() => expect(seen).toEqual([store.id]));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId });
    await vi.waitFor(() => expect(seen).toEqual([store.id, other.id]));
  });

  it('ignores tab switches in other windows and switches to its own page', async () => {
    follow();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const self = await fakeBrowser.tabs.create({ url: SELF, windowId });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: windowId + 1 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: self.id!, windowId });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([store.id]);
  });

  it('picks up a navigation of the shown tab', async () => {
    follow();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await fakeBrowser.tabs.onUpdated.trigger(store.id!, { url: 'http://store.test/cart/' }, { id: store.id, url: 'http://store.test/cart/', windowId } as never);
    await fakeBrowser.tabs.onUpdated.trigger(other.id!, { url: 'http://other.test/x' }, { id: other.id, url: 'http://other.test/x', windowId } as never);
    expect(urls).toEqual(['http://store.test/shop/', 'http://store.test/cart/']);
  });

  it('stops listening when asked to', async () => {
    const stop = follow();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(1);
  });
});

describe('a panel opened as a tab', () => {
  it('goes back to the last other tab when the tab it showed turns into the panel page itself', async () => {
    fakeBrowser.reset();
    const windowId = (await fakeBrowser.windows.create({}))!.id!;
    const store = await fakeBrowser.tabs.create({ url: 'http://store.test/shop/', windowId, active: true });
    const seen: (number | undefined)[] = [];
    followActiveTab(fakeBrowser as never, windowId, (t) => seen.push(t.id));
    await vi.waitFor(() => expect(seen).toEqual([store.id]));
    const blank = await fakeBrowser.tabs.create({ url: 'about:blank', windowId, active: true });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: blank.id!, windowId });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(blank.id));
    await fakeBrowser.tabs.update(blank.id!, { url: SELF });
    await fakeBrowser.tabs.onUpdated.trigger(blank.id!, { url: SELF }, { id: blank.id, url: SELF, windowId } as never);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(store.id));
  });
});

describe('a side panel that does not know its window yet', () => {
  it('shows the active tab of the current window and then follows switches in that window only', async () => {
    fakeBrowser.reset();
    const windowId = (await fakeBrowser.windows.create({ focused: true }))!.id!;
    const store = await fakeBrowser.tabs.create({ url: 'http://store.test/shop/', windowId, active: true });
    const other = await fakeBrowser.tabs.create({ url: 'http://other.test/', windowId, active: false });
    const seen: (number | undefined)[] = [];
    followActiveTab(fakeBrowser as never, undefined, (t) => seen.push(t.id));
    await vi.waitFor(() => expect(seen).toEqual([store.id]));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: windowId + 1 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId });
    await vi.waitFor(() => expect(seen).toEqual([store.id, other.id]));
  });
});
