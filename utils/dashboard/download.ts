// Saves text as a file through an object URL and <a download>: no `downloads` permission needed.

const TYPES = { json: 'application/json', csv: 'text/csv', html: 'text/html' } as const;

export function downloadText(doc: Document, fileName: string, text: string, format: keyof typeof TYPES): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${TYPES[format]};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // The browser has started reading the blob by now; free it shortly after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
