import type { Settings } from '@/utils/settings';

interface Props {
  settings: Settings;
  onChange(next: Settings): void;
}

export function MonitoredList({ settings, onChange }: Props) {
  if (settings.monitored.length === 0) return <p data-testid="no-monitored">No store is monitored yet.</p>;
  const set = (origin: string, includeSubdomains: boolean) =>
    onChange({ ...settings, monitored: settings.monitored.map((m) => (m.origin === origin ? { ...m, includeSubdomains } : m)) });
  const remove = (origin: string) => onChange({ ...settings, monitored: settings.monitored.filter((m) => m.origin !== origin) });
  return (
    <ul class="plain">
      {settings.monitored.map((m) => (
        <li key={m.origin}>
          <span class="origin" data-testid="monitored-origin">{m.origin}</span>
          <label>
            <input type="checkbox" checked={m.includeSubdomains} onChange={(e) => set(m.origin, e.currentTarget.checked)} />{' '}
            include subdomains
          </label>
          <button type="button" onClick={() => remove(m.origin)} aria-label={`Stop monitoring ${m.origin}`}>Remove</button>
        </li>
      ))}
    </ul>
  );
}
