// Case folding one UTF-16 unit at a time, so a folded string keeps its length and offsets.

let table: Uint16Array | null = null;

/** FOLD[c] is the lower-case form of unit c (c itself when lower-casing changes the length). */
export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { t[c] = c; continue; }
    const lower = String.fromCharCode(c).toLowerCase();
    t[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  table = t;
  return t;
}

/** Lower-cases with the same per-unit table the matcher uses. */
export function foldString(s: string): string {
  const t = foldTable();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(t[s.charCodeAt(i)]!);
  return out;
}

const WORD_OTHER = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks: a seed that is a word must not touch one of these. */
export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_OTHER.test(String.fromCharCode(c));
}

/** Removes accents and folds the letters that do not decompose (ø, ł, ß, æ, œ, ð, þ, đ, ı). */
export function accentFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØłŁßæÆœŒðÐþÞđĐı]/g, (c) => FOLD_EXTRA[c] ?? c)
    .normalize('NFC');
}

const FOLD_EXTRA: Record<string, string> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', đ: 'd', Đ: 'D', ı: 'i',
};
