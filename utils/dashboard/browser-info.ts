// The browser's name and version for an export's provenance, read from the user agent string.

export function browserInfo(userAgent: string): { name: string; version: string } {
  const patterns: [string, RegExp][] = [
    ['Firefox', /Firefox\/([\d.]+)/],
    ['Edge', /Edg\/([\d.]+)/],
    ['Chrome', /Chrome\/([\d.]+)/],
  ];
  for (const [name, re] of patterns) {
    const m = re.exec(userAgent);
    if (m) return { name: /HeadlessChrome/.test(userAgent) ? 'Chromium (headless)' : name, version: m[1]! };
  }
  return { name: 'unknown', version: 'unknown' };
}
