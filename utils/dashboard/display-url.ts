// A page URL as the dashboard shows it: query values and the fragment hidden, since a shopper's
// search term or an order key can sit there.

export function displayUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '(not a URL)';
  }
  const names = [...u.searchParams.keys()];
  const query = names.length ? `?${names.map((n) => `${encodeURIComponent(n)}=…`).join('&')}` : '';
  return `${u.origin}${u.pathname}${query}${u.hash ? '#…' : ''}`;
}
