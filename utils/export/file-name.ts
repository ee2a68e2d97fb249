import type { FindingsExport } from './format';

// A download name that says what the file is: leakscope-<session>-<date>.<ext>, safe on every OS.

export function exportFileName(exp: FindingsExport, ext: 'json' | 'csv' | 'html'): string {
  const slug = exp.provenance.session.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'session';
  const day = exp.provenance.exportedAt.slice(0, 10);
  return `leakscope-${slug}-${day}.${ext}`;
}
