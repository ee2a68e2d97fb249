// Export URLs are redacted like every URL kept at rest (utils/redact-url.ts).
export { redactUrl as maskExportUrl } from '../redact-url';
