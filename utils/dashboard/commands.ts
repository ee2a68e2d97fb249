import type { SessionControlMessage } from '../messages';

// What the dashboard and options page ask the background to do. Session state changes go through
// the background, which owns which session new visits join.

/** The background's session-control messages (utils/messages.ts). */
export type SessionCommand = SessionControlMessage;

export type Send = (message: SessionCommand) => Promise<unknown>;

/** Quick step markers for a checkout walk. */
export const QUICK_MARKERS = ['added to cart', 'checkout started', 'order placed'] as const;

/** A reply that says it failed, as a sentence to show; null when it did not. */
export function replyError(reply: unknown): string | null {
  if (reply && typeof reply === 'object' && 'ok' in reply && (reply as { ok: unknown }).ok === false) {
    const error = (reply as { error?: unknown }).error;
    return typeof error === 'string' && error ? error : 'The extension could not do that.';
  }
  return null;
}
