// Leakscope's matching engine: seeds, decoders and detectors over one request at a time.

export { scanRequest } from './scan-request';
export { SeedIndex, type SeedIndexOptions } from './seed-index';
export { redact } from './redact';
export { DEFAULT_BUDGET } from './budget';
export type { ScanBudget, ScanCounters, ScanInput, ScanMatch, ScanResult, Seed, SeedCategory, SeedKind } from './types';
