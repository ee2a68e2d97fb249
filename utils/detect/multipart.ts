// multipart/form-data bodies (as text) split into named parts.

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  body: string;
}

export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/multipart\//i.test(contentType)) return null;
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2])! : null;
}

/** Guesses the boundary from a body that starts with `--boundary\r\n`. */
export function sniffBoundary(body: string): string | null {
  if (body.charCodeAt(0) !== 45 || body.charCodeAt(1) !== 45) return null;
  const m = /^--([^\r\n]{1,70})\r?\n[Cc]ontent-[Dd]isposition:/.exec(body);
  return m ? m[1]! : null;
}

export function parseMultipart(body: string, boundary: string, maxParts = 1000): MultipartPart[] {
  const out: MultipartPart[] = [];
  const pieces = body.split('--' + boundary);
  for (const piece of pieces.slice(1, maxParts + 1)) {
    if (piece.startsWith('--')) break;
    const start = piece.startsWith('\r\n') ? 2 : piece.startsWith('\n') ? 1 : 0;
    let headEnd = piece.indexOf('\r\n\r\n', start);
    let sep = 4;
    if (headEnd === -1) {
      headEnd = piece.indexOf('\n\n', start);
      sep = 2;
    }
    if (headEnd === -1) continue;
    const head = piece.slice(start, headEnd);
    const body = piece.slice(headEnd + sep).replace(/\r?\n$/, '');
    const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
    out.push({ name, body, ...(filename !== undefined ? { filename } : {}), ...(contentType ? { contentType } : {}) });
  }
  return out;
}
