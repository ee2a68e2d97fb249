// The findings export (JSON, CSV, HTML report) and its import; see docs/findings-format.md.
export { buildFindingsExport, type ExportMeta } from './build';
export { toCsv } from './csv';
export { FORMAT_VERSION, type FindingsExport } from './format';
export { toHtmlReport } from './html';
export { importFindings, type ImportResult } from './import';
export { toJson } from './json';
export { exportFileName } from './file-name';
export { validateFindingsExport } from './validate';
export { browserFromUserAgent, exportMeta } from './meta';
