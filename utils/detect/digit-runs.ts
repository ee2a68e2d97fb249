// Runs of digits written the way people write numbers: "+1 (201) 555-0123", "4111 1111 1111 1111".

export interface DigitRun {
  start: number;
  end: number;
  digits: string;
  /** Offsets in `digits` where a group of digits starts (after a separator). */
  groups: number[];
  plus: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** space, NBSP, '-', '.', '/', '(', ')' */
function isSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41;
}

/** Runs with at least `minDigits` digits; separators between digits at most two in a row. */
export function digitRuns(s: string, minDigits = 7, maxRuns = 256): DigitRun[] {
  const out: DigitRun[] = [];
  const n = s.length;
  let i = 0;
  while (i < n && out.length < maxRuns) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    let start = i;
    if (start > 0 && s.charCodeAt(start - 1) === 40) start--; // "(201) …"
    const plus = start > 0 && s.charCodeAt(start - 1) === 43;
    if (plus) start--;
    let digits = '';
    const groups = [0];
    let end = i;
    let seps = 0;
    while (i < n) {
      const d = s.charCodeAt(i);
      if (isDigit(d)) {
        if (seps > 0) groups.push(digits.length);
        digits += s[i];
        seps = 0;
        end = ++i;
      } else if (isSeparator(d) && seps < 2 && digits.length < 40) {
        seps++;
        i++;
      } else break;
    }
    i = end + 1;
    if (digits.length >= minDigits) out.push({ start, end, digits, groups, plus });
  }
  return out;
}

/** Digit strings made of whole consecutive groups of a run, between minLen and maxLen digits long. */
export function groupSpans(run: DigitRun, minLen: number, maxLen: number, maxGroups = 10): string[] {
  const cuts = [...run.groups.slice(0, maxGroups), run.digits.length];
  const out: string[] = [];
  for (let a = 0; a < cuts.length - 1; a++) {
    for (let b = a + 1; b < cuts.length; b++) {
      const len = cuts[b]! - cuts[a]!;
      if (len > maxLen) break;
      if (len >= minLen) out.push(run.digits.slice(cuts[a], cuts[b]));
    }
  }
  return out;
}
