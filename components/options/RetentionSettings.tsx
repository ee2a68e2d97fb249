import type { Settings } from '@/utils/settings';

interface Props {
  settings: Settings;
  onChange(next: Settings): void;
}

/** How long recorded sessions stay, and how much space they may take. */
export function RetentionSettings({ settings, onChange }: Props) {
  const number = (value: string, fallback: number) => (Number.isFinite(Number(value)) && value.trim() !== '' ? Number(value) : fallback);
  return (
    <section class="options-section" aria-labelledby="retention-heading">
      <h2 id="retention-heading">Retention</h2>
      <p class="muted">Older sessions are deleted automatically; the running QA session and today's browsing are kept.</p>
      <label style={{ display: 'block', margin: '4px 0' }}>
        Keep sessions for{' '}
        <input
          type="number" min={1} max={3650} data-testid="retention-days" value={settings.retentionDays}
          onChange={(e) => onChange({ ...settings, retentionDays: number(e.currentTarget.value, settings.retentionDays) })}
        />{' '}
        days
      </label>
      <label style={{ display: 'block', margin: '4px 0' }}>
        Use at most{' '}
        <input
          type="number" min={10} max={100000} data-testid="retention-mb" value={settings.retentionMaxMB}
          onChange={(e) => onChange({ ...settings, retentionMaxMB: number(e.currentTarget.value, settings.retentionMaxMB) })}
        />{' '}
        MB (the oldest sessions go first)
      </label>
    </section>
  );
}
