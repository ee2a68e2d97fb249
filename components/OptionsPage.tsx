import { useEffect, useState } from 'preact/hooks';
import { originOf } from '@/utils/origin';
import { parseMonitorParam, withMonitored, type Settings } from '@/utils/settings';
import { loadSettings, saveSettings, type StorageAreaLike } from '@/utils/settings-store';
import type { LeakscopeDB } from '@/utils/db';
import type { Send } from '@/utils/dashboard/commands';
import { CanaryProfile } from './CanaryProfile';
import { DetectionSettings } from './DetectionSettings';
import { MonitoredList } from './MonitoredList';
import { PurgeData } from './options/PurgeData';
import { QaSessionOptions } from './options/QaSessionOptions';
import { RetentionSettings } from './options/RetentionSettings';

interface Props {
  storage: StorageAreaLike;
  /** location.search: `?monitor=<origin>[,<origin>…]` adds stores (used by automation). */
  search: string;
  /** The database and the background, for the QA session and purge sections (left out when absent). */
  db?: LeakscopeDB;
  send?: Send;
}

export function OptionsPage({ storage, search, db, send }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [draft, setDraft] = useState('');

  useEffect(() => {
    (async () => {
      const { origins, invalid } = parseMonitorParam(search);
      let s = await loadSettings(storage);
      if (origins.length > 0) s = await saveSettings(storage, withMonitored(s, origins));
      if (invalid.length > 0) setError(`Not an origin: ${invalid.join(', ')}. Use a URL such as https://shop.example.`);
      setSettings(s);
      if (origins.length > 0) document.documentElement.dataset.monitorApplied = 'true';
    })().catch((e) => setError(`Could not read settings: ${String(e)}. Reload this page.`));
  }, []);

  const update = async (next: Settings) => setSettings(await saveSettings(storage, next));

  const add = async (e: Event) => {
    e.preventDefault();
    const origin = originOf(draft);
    if (!origin || !settings) return setError(`"${draft}" is not an http(s) origin. Use a URL such as https://shop.example.`);
    setError('');
    setDraft('');
    await update(withMonitored(settings, [origin]));
  };

  if (!settings) return <p class="muted">Loading settings…</p>;
  return (
    <main>
      <h1>Leakscope settings</h1>
      <h2>Monitored stores</h2>
      <p class="muted">Only tabs showing one of these origins are recorded. Nothing is kept for any other tab.</p>
      <MonitoredList settings={settings} onChange={update} />
      <form onSubmit={add}>
        <label>
          Add a store origin{' '}
          <input value={draft} onInput={(e) => setDraft(e.currentTarget.value)} placeholder="https://shop.example" />
        </label>{' '}
        <button type="submit">Monitor</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      <h2>Request bodies</h2>
      <label>
        Keep up to{' '}
        <input
          type="number" min={1} max={65536} value={Math.round(settings.bodyCapBytes / 1024)}
          onChange={(e) => update({ ...settings, bodyCapBytes: Number(e.currentTarget.value) * 1024 })}
        />{' '}
        KB of each request body (the rest is marked as truncated).
      </label>
      <CanaryProfile settings={settings} onChange={update} />
      <DetectionSettings settings={settings} onChange={update} />
      {db && send && <QaSessionOptions db={db} send={send} />}
      <RetentionSettings settings={settings} onChange={update} />
      {send && <PurgeData send={send} />}
    </main>
  );
}
