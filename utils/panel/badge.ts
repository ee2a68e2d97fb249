import type { Severity } from '../finding';
import { highestSeverity, SEVERITY_COLOURS } from './severity';

// The toolbar badge of a tab: how many findings its current page has, coloured by the worst one.

export interface Badge {
  text: string;
  color: string;
  severity: Severity;
}

/** null: no badge (no findings on the page). */
export function badgeFor(findings: readonly { severity: Severity }[]): Badge | null {
  const severity = highestSeverity(findings);
  if (severity === null) return null;
  // The badge has room for about four characters.
  const text = findings.length > 999 ? '999+' : String(findings.length);
  return { text, color: SEVERITY_COLOURS[severity], severity };
}
