import type { FindingRow } from './db';
import type { Evidence, FindingDraft } from './finding';

// Folds one request's finding into the stored finding of its (visit, key). Pure.

const MAX_REQUEST_IDS = 50;
const MAX_EVIDENCE = 20;
const RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 } as const;
const sameEvidence = (a: Evidence, b: Evidence) => a.hash === b.hash && a.chain.join('›') === b.chain.join('›');

export interface MergeInput {
  draft: FindingDraft;
  visitId: string;
  sessionId: string;
  requestId: string;
  time: number;
  /** False when this request was already counted in this finding (a re-analysis). */
  countIt: boolean;
}

export function mergeFinding(existing: FindingRow | undefined, m: MergeInput): FindingRow {
  const { draft } = m;
  if (!existing)
    return {
      ...draft, id: `${m.visitId}|${draft.key}`, visitId: m.visitId, sessionId: m.sessionId, transports: [draft.transport],
      count: 1, firstSeen: m.time, lastSeen: m.time, requestIds: [m.requestId], evidence: draft.evidence.slice(0, MAX_EVIDENCE),
    };
  const evidence = [...existing.evidence];
  for (const e of draft.evidence) if (evidence.length < MAX_EVIDENCE && !evidence.some((x) => sameEvidence(x, e))) evidence.push(e);
  const worse = RANK[draft.severity] > RANK[existing.severity];
  return {
    ...existing,
    ...(worse ? { severity: draft.severity, compliance: draft.compliance, remediation: draft.remediation } : {}),
    evidence,
    partial: existing.partial || draft.partial,
    // The state when the data first left is what matters for "sent before consent".
    ...(existing.consent || !draft.consent ? {} : { consent: draft.consent }),
    transports: existing.transports.includes(draft.transport) ? existing.transports : [...existing.transports, draft.transport],
    count: existing.count + (m.countIt ? 1 : 0),
    firstSeen: Math.min(existing.firstSeen, m.time),
    lastSeen: Math.max(existing.lastSeen, m.time),
    requestIds: existing.requestIds.includes(m.requestId) || existing.requestIds.length >= MAX_REQUEST_IDS
      ? existing.requestIds : [...existing.requestIds, m.requestId],
  };
}
