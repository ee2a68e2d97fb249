import type { HookBody } from '../hook-event';
import type { FormPart } from '../body';
import type { Builtins } from './builtins';
import { invoke } from './call';
import { truncatedReason } from './bytes';
import { textBody } from './text-body';

// FormData → parts in order; files are described (name, type, size), their contents never read.

const MAX_PARTS = 10_000;

export function formParts(B: Builtins, formData: unknown, cap: number): HookBody {
  const parts: FormPart[] = [];
  let used = 0;
  let size = 0;
  let cut = false;
  let lowerBound = false;
  invoke(B, B.fdForEach, formData, [
    (value: unknown, name: unknown) => {
      if (parts.length >= MAX_PARTS) return void (cut = true);
      const key = typeof name === 'string' ? name : '';
      if (typeof value === 'string') {
        const t = textBody(B, value, cap - used);
        used += t.capturedBytes;
        size += t.size ?? 0;
        if (t.status === 'truncated') cut = lowerBound = true;
        parts[parts.length] = { name: key, value: t.text ?? '' };
        return;
      }
      const file = {
        name: B.String(invoke(B, B.fileName, value)),
        type: B.String(invoke(B, B.blobType, value)),
        size: invoke(B, B.blobSize, value) as number,
      };
      size += file.size;
      parts[parts.length] = { name: key, file };
    },
  ]);
  const body: HookBody = {
    kind: 'formdata',
    status: parts.length === 0 ? 'empty' : cut ? 'truncated' : 'ok',
    parts,
    size,
    capturedBytes: used,
    contentType: 'multipart/form-data',
  };
  if (cut) body.reason = truncatedReason(cap);
  if (lowerBound) body.sizeIsLowerBound = true;
  return body;
}

/** The form's entries as application/x-www-form-urlencoded text (files by name, as browsers send them). */
export function urlencodedOf(B: Builtins, formData: unknown): string {
  const params = new B.USP!();
  invoke(B, B.fdForEach, formData, [
    (value: unknown, name: unknown) =>
      invoke(B, B.uspAppend, params, [name, typeof value === 'string' ? value : invoke(B, B.fileName, value)]),
  ]);
  return invoke(B, B.uspToString, params);
}

/** The text/plain form encoding: "name=value\r\n" per entry. */
export function plainTextOf(B: Builtins, formData: unknown): string {
  let text = '';
  invoke(B, B.fdForEach, formData, [
    (value: unknown, name: unknown) => {
      text += `${B.String(name)}=${typeof value === 'string' ? value : B.String(invoke(B, B.fileName, value))}\r\n`;
    },
  ]);
  return text;
}
