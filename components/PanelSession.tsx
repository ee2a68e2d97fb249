import { useState } from 'preact/hooks';
import type { LeakscopeDB, SessionRow } from '@/utils/db';
import type { Settings } from '@/utils/settings';

interface Props {
  db: LeakscopeDB;
  session: SessionRow;
  settings: Settings;
  /** The extension's version, for the export's provenance. */
  toolVersion: string;
}

export const dashboardHref = (sessionId: string): string => `/dashboard.html?session=${encodeURIComponent(sessionId)}`;

/**
 * The page's session: its name, whether it keeps raw values (evidence mode), a link to it in the
 * dashboard and its JSON export. The export code is loaded on the click, so the panel's first paint
 * does not carry it.
 */
export function PanelSession({ db, session, settings, toolVersion }: Props) {
  const [state, setState] = useState<'idle' | 'busy' | { error: string }>('idle');
  const exportJson = async () => {
    setState('busy');
    try {
      const [{ exportSession }, { browserFromUserAgent }, { downloadText }] = await Promise.all([
        import('@/utils/dashboard/export-session'), import('@/utils/export/meta'), import('@/utils/dashboard/download'),
      ]);
      const meta = { toolVersion, browser: browserFromUserAgent(navigator.userAgent), exportedAt: Date.now(), settings };
      const { fileName, text } = await exportSession(db, session.id, 'json', meta);
      downloadText(document, fileName, text, 'json');
      setState('idle');
    } catch (e) {
      setState({ error: `Export failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
  return (
    <div class="panel-session" data-testid="panel-session">
      <span class="session-name">{session.implicit ? '' : 'QA session '}<strong>{session.name}</strong></span>
      {session.evidenceMode && (
        <span class="tag tag-evidence" data-testid="evidence-mode" title="This QA session keeps raw customer values; its exports contain them.">
          evidence mode: raw values kept
        </span>
      )}
      <span class="session-actions">
        <a href={dashboardHref(session.id)} target="_blank" rel="noopener" data-testid="open-dashboard">Open dashboard</a>
        <button type="button" data-testid="panel-export-json" disabled={state === 'busy'} onClick={() => void exportJson()}>
          Export session findings (JSON)
        </button>
      </span>
      {typeof state === 'object' && <p class="error" role="alert">{state.error}</p>}
    </div>
  );
}
