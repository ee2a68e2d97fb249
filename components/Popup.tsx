import { useLayoutEffect, useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import type { StorageAreaLike } from '@/utils/settings-store';
import { Panel } from './Panel';
import { useSettings, type StorageChanges } from './use-settings';

interface Tab {
  id?: number;
  url?: string;
  windowId?: number;
}

interface Props {
  db: LeakscopeDB;
  storage: StorageAreaLike;
  storageChanges?: StorageChanges;
  activeTab(): Promise<Tab | undefined>;
  /** Opens the side panel for the tab's window; must run inside the click (a user gesture). */
  openSidePanel?: (tab: Tab) => void;
  toolVersion?: string;
}

export function Popup({ db, storage, storageChanges, activeTab, openSidePanel, toolVersion }: Props) {
  const [tab, setTab] = useState<Tab>();
  const [settings, saveSettings] = useSettings(storage, storageChanges);
  // The tab is looked up right after the first render, not a frame later.
  useLayoutEffect(() => void activeTab().then(setTab), []);
  const id = tab?.id;
  return (
    <main class="panel-page">
      <div class="toolbar">
        <h1>Leakscope</h1>
        {openSidePanel && tab && <button type="button" onClick={() => openSidePanel(tab)}>Open side panel</button>}
      </div>
      <Panel db={db} tab={id === undefined ? undefined : { id, ...(tab?.url !== undefined ? { url: tab.url } : {}) }} settings={settings} saveSettings={saveSettings} {...(toolVersion ? { toolVersion } : {})} />
    </main>
  );
}
