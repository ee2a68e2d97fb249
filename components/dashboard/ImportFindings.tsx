import { useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import { importFindings } from '@/utils/export/import';

interface Props {
  db: LeakscopeDB;
  /** Called with the new (read-only) session's id once the file is stored. */
  onImported(sessionId: string): void;
}

/** Reads a findings JSON file back in as an imported session; an invalid file changes nothing. */
export function ImportFindings({ db, onImported }: Props) {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setError('');
    setStatus(`Reading ${file.name}…`);
    const result = await importFindings(db, await file.text());
    input.value = '';
    if (!result.ok) {
      setStatus('');
      return setError(`${file.name} was not imported. ${result.error}`);
    }
    setStatus(`${file.name} imported as a read-only session.`);
    onImported(result.sessionId);
  };
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import findings</h2>
      <label>
        A findings export (.json) saved by Leakscope{' '}
        <input type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void read(e.currentTarget)} />
      </label>
      {error && <p class="error" role="alert" data-testid="import-error">{error}</p>}
      {status && <p class="muted" role="status" data-testid="import-status">{status}</p>}
    </section>
  );
}
