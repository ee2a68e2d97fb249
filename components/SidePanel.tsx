import { useLayoutEffect, useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import type { PanelTab } from '@/utils/panel/follow-tab';
import type { StorageAreaLike } from '@/utils/settings-store';
import { Panel } from './Panel';
import { useSettings, type StorageChanges } from './use-settings';

interface Props {
  db: LeakscopeDB;
  storage: StorageAreaLike;
  storageChanges?: StorageChanges;
  /** Calls back with the tab to show, now and on every change; returns a function that stops. */
  follow(onTab: (tab: PanelTab) => void): () => void;
  toolVersion?: string;
}

/** The side panel: the leak panel of whichever tab it follows, live. */
export function SidePanel({ db, storage, storageChanges, follow, toolVersion }: Props) {
  const [tab, setTab] = useState<PanelTab>();
  const [settings, saveSettings] = useSettings(storage, storageChanges);
  // The tab is looked up right after the first render, not a frame later.
  useLayoutEffect(() => follow(setTab), []);
  return (
    <main class="panel-page" data-testid="sidepanel" data-tab={tab?.id}>
      <div class="toolbar"><h1>Leakscope</h1></div>
      <Panel db={db} tab={tab} settings={settings} saveSettings={saveSettings} {...(toolVersion ? { toolVersion } : {})} />
    </main>
  );
}
