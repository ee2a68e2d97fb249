// JavaScript / JSON string escapes found outside a parsed JSON document (\u00e9, \x41, \u{1F600}, \/).

const ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([\\/"']))/g;

export function hasJsEscape(s: string): boolean {
  const i = s.indexOf('\\');
  return i !== -1 && /\\(u[0-9a-fA-F{]|x[0-9a-fA-F]{2})/.test(s.slice(i));
}

export function decodeJsEscapes(s: string): string {
  const units = s.replace(ESCAPE, (_all, braced?: string, u4?: string, x2?: string, lit?: string) => {
    if (lit !== undefined) return lit;
    const code = parseInt((braced ?? u4 ?? x2)!, 16);
    if (braced !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    return String.fromCharCode(code);
  });
  return units.toWellFormed();
}
