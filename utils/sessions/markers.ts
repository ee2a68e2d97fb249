import type { LeakscopeDB, MarkerRow } from '../db';

// Step markers ("added to cart") note where a QA walk was, so findings can be read against the steps.

const MAX_LABEL = 200;

export interface MarkerInput {
  sessionId: string;
  visitId?: string;
  label: string;
  time: number;
  /** Defaults to a random UUID. */
  id?: string;
}

export async function addMarker(db: LeakscopeDB, input: MarkerInput): Promise<MarkerRow> {
  const label = input.label.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL) || 'Marker';
  const row: MarkerRow = {
    id: input.id ?? crypto.randomUUID(), sessionId: input.sessionId, time: input.time, label,
    ...(input.visitId ? { visitId: input.visitId } : {}),
  };
  await db.markers.add(row);
  return row;
}

/** A session's markers in time order. */
export function sessionMarkers(db: LeakscopeDB, sessionId: string): Promise<MarkerRow[]> {
  return db.markers.where('sessionId').equals(sessionId).sortBy('time');
}
