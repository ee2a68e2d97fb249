// HTML character references: numeric ones and the named ones that occur in names, addresses and prose.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', euro: '€', pound: '£', copy: '©', reg: '®',
  szlig: 'ß', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ',
  oslash: 'ø', Oslash: 'Ø', ccedil: 'ç', Ccedil: 'Ç', aring: 'å', Aring: 'Å',
};

// Letters with a combining accent: &eacute; = e + U+0301, and so on.
const ACCENTS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', caron: '\u030c' };

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,10});/g;

function named(name: string): string | undefined {
  const direct = NAMED[name];
  if (direct !== undefined) return direct;
  const m = /^([A-Za-z])(grave|acute|circ|tilde|uml|caron)$/.exec(name);
  return m ? (m[1]! + ACCENTS[m[2]!]!).normalize('NFC') : undefined;
}

function numeric(ref: string): string | undefined {
  const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** True when the text holds something that looks like a character reference. */
export function hasEntity(s: string): boolean {
  ENTITY.lastIndex = 0;
  return s.indexOf('&') !== -1 && ENTITY.test(s);
}

/** Decodes character references; unknown ones stay as they are. */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (all, ref: string) => (ref[0] === '#' ? numeric(ref) : named(ref)) ?? all);
}
