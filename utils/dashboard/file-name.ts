// Export file names: the session's name and the export date, safe on every file system.

export type ExportFormat = 'json' | 'csv' | 'html';

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'session';
}

/** e.g. `leakscope-checkout-walk-2026-03-01.json` (UTC date of the export). */
export function exportFileName(sessionName: string, time: number, format: ExportFormat): string {
  return `leakscope-${slugify(sessionName)}-${new Date(time).toISOString().slice(0, 10)}.${format}`;
}
