import { useState } from 'preact/hooks';
import type { LeakscopeDB } from '@/utils/db';
import type { ExportMeta } from '@/utils/export/build';
import { downloadText } from '@/utils/dashboard/download';
import { exportSession, type ExportFormat } from '@/utils/dashboard/export-session';

interface Props {
  db: LeakscopeDB;
  sessionId: string;
  evidenceMode: boolean;
  /** Provenance for the file header, read when the button is pressed. */
  meta(): Promise<ExportMeta>;
}

const FORMATS: [ExportFormat, string][] = [
  ['json', 'Export findings (JSON)'],
  ['csv', 'CSV'],
  ['html', 'HTML report'],
];

/** Downloads the session's findings as JSON (the documented format), CSV or a one-page HTML report. */
export function ExportButtons({ db, sessionId, evidenceMode, meta }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const save = async (format: ExportFormat) => {
    setBusy(true);
    setError('');
    try {
      const { fileName, text } = await exportSession(db, sessionId, format, await meta());
      downloadText(document, fileName, text, format);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="export" role="group" aria-label="Export this session">
      {FORMATS.map(([format, label]) => (
        <button key={format} type="button" data-testid={`export-${format}`} disabled={busy} onClick={() => save(format)}>{label}</button>
      ))}
      {evidenceMode && <span class="tag tag-evidence">exports contain raw values</span>}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
