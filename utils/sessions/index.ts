// Sessions: the implicit daily ones, QA sessions, step markers, and comparing two sessions.
export { dailySessionId, ensureDailySession } from './daily';
export { activeSession, currentSessionId, renameSession, startSession, stopSession, type StartOptions } from './control';
export { addMarker, sessionMarkers, type MarkerInput } from './markers';
export { diffSessions, findingIdentity, identityParts, pageTypeName, type DiffEntry, type IdentityParts, type SessionDiff } from './diff';
