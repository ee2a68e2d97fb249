import type { CanaryProfile as Canary, Settings } from '@/utils/settings';

interface Props {
  settings: Settings;
  onChange(next: Settings): void;
}

const FIELDS: [keyof Canary, string, string][] = [
  ['email', 'Email', 'qa-canary+1@shop.example'],
  ['firstName', 'First name', 'Quentin'],
  ['lastName', 'Last name', 'Canary'],
  ['phone', 'Phone', '+44 20 7946 0000'],
];

/** The QA canary customer: values a tester types in checkout, always looked for in every request. */
export function CanaryProfile({ settings, onChange }: Props) {
  return (
    <section>
      <h2>QA canary customer</h2>
      <p class="muted">Use these unique values when you walk a checkout; Leakscope looks for them in every request, even before you type them.</p>
      {FIELDS.map(([key, label, example]) => (
        <label key={key} style={{ display: 'block', margin: '4px 0' }}>
          {label}{' '}
          <input
            data-testid={`canary-${key}`} value={settings.canary[key] ?? ''} placeholder={example}
            onChange={(e) => onChange({ ...settings, canary: { ...settings.canary, [key]: e.currentTarget.value } })}
          />
        </label>
      ))}
    </section>
  );
}
