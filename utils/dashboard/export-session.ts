import type { LeakscopeDB } from '../db';
import { buildFindingsExport, type ExportMeta } from '../export/build';
import { toCsv } from '../export/csv';
import { toHtmlReport } from '../export/html';
import { toJson } from '../export/json';
import { exportFileName } from '../export/file-name';

export type ExportFormat = 'json' | 'csv' | 'html';

// One session as a file to download, in the chosen format, named after the session and the date.

const WRITERS = { json: toJson, csv: toCsv, html: toHtmlReport } as const;

export async function exportSession(
  db: LeakscopeDB, sessionId: string, format: ExportFormat, meta: ExportMeta,
): Promise<{ fileName: string; text: string }> {
  const exp = await buildFindingsExport(db, sessionId, meta);
  return { fileName: exportFileName(exp, format), text: WRITERS[format](exp) };
}
