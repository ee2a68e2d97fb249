import { useState } from 'preact/hooks';
import { formatCustomDestinations, parseCustomDestinations } from '@/utils/custom-destination';
import type { Settings } from '@/utils/settings';

interface Props {
  settings: Settings;
  onChange(next: Settings): void;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The settings that change what detection concludes: the store's own hosts, sovereign endpoints, custom AI destinations. */
export function DetectionSettings({ settings, onChange }: Props) {
  const [error, setError] = useState('');
  const saveDestinations = (text: string) => {
    const { entries, invalid } = parseCustomDestinations(text);
    setError(invalid.length ? `Not read: ${invalid.join(' / ')}. Write one per line as "host, vendor, category, country", e.g. "ai.vendor.example, Vendor, llm-api, US".` : '');
    onChange({ ...settings, customDestinations: entries });
  };
  return (
    <section>
      <h2>Detection</h2>
      <label>
        Hosts that are the store's own (one per line; requests to them are first-party)
        <textarea rows={3} data-testid="store-hosts" onChange={(e) => onChange({ ...settings, storeHosts: lines(e.currentTarget.value) })}>
          {settings.storeHosts.join('\n')}
        </textarea>
      </label>
      <label>
        Trusted or self-hosted AI endpoints (host, origin or URL prefix; reported as info, never as a leak)
        <textarea rows={3} data-testid="sovereign-endpoints" onChange={(e) => onChange({ ...settings, sovereignEndpoints: lines(e.currentTarget.value) })}>
          {settings.sovereignEndpoints.join('\n')}
        </textarea>
      </label>
      <label>
        AI destinations Leakscope does not know (host, vendor, category, country)
        <textarea rows={3} data-testid="custom-destinations" onChange={(e) => saveDestinations(e.currentTarget.value)}>
          {formatCustomDestinations(settings.customDestinations)}
        </textarea>
      </label>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
