// Email addresses in any text: expanded from each '@', so the search stays linear.

function isLocal(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomain(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

/** File names such as logo@2x.png look like addresses. */
const NOT_TLD = /^(png|jpe?g|gif|svg|webp|avif|ico|css|js|mjs|map|json|html?|php|woff2?|ttf|mp4|webm)$/i;

export function findEmails(s: string, max = 64): string[] {
  const out: string[] = [];
  for (let at = s.indexOf('@'); at !== -1 && out.length < max; at = s.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && isLocal(s.charCodeAt(a - 1))) a--;
    while (a < at && s.charCodeAt(a) === 46) a++;
    let b = at + 1;
    while (b < s.length && b - at < 254 && isDomain(s.charCodeAt(b))) b++;
    while (b > at + 1 && (s.charCodeAt(b - 1) === 46 || s.charCodeAt(b - 1) === 45)) b--;
    if (a === at) continue;
    const domain = s.slice(at + 1, b);
    const dot = domain.lastIndexOf('.');
    const tld = domain.slice(dot + 1);
    if (dot <= 0 || !/^[A-Za-z]{2,24}$/.test(tld) || NOT_TLD.test(tld) || domain.includes('..')) continue;
    out.push(s.slice(a, b));
  }
  return out;
}
