// Leakscope's judgement of one request: which customer data goes to which AI service.

export { analyse } from './analyse';
export { evidenceOf, maskUrl, saltedHash, toEvidence } from './evidence';
export { familyOf, type DataFamily } from './families';
export { findingKey, sourceKey } from './key';
export { RUBRIC, severityOf } from './severity';
export type { AnalyseRecord, AnalyseResult, AnalyseSettings } from './types';
