// Times as the dashboard shows them: local, to the second, in a stable format.

export function formatTime(time: number | undefined): string {
  if (time === undefined) return '—';
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
