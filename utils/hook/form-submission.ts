import type { HookInitiator } from '../hook-event';
import type { Builtins, Fn } from './builtins';
import { FAIL, invoke, probe } from './call';
import { NO_BODY, captureBody, type Captured } from './capture-body';
import { emitCaptured, isCrossOriginHttp, requestEvent, type HookContext } from './context';
import { plainTextOf, urlencodedOf } from './form-parts';
import { textBody } from './text-body';

// One form submission → a `form` request event: URL, method and body as the browser sends them.

export interface Submission {
  form: object;
  submitter: unknown;
  initiator: HookInitiator;
  formData?: unknown;
}

// The submitter's formaction/formmethod/formenctype override the form's, when present.
function override(B: Builtins, submitter: unknown, attribute: string, button: Fn | undefined, input: Fn | undefined): unknown {
  if (!submitter || probe(B, B.hasAttribute, submitter, [attribute]) !== true) return FAIL;
  const value = probe(B, button, submitter);
  return value !== FAIL ? value : probe(B, input, submitter);
}

function formField(B: Builtins, s: Submission, attribute: string, button?: Fn, input?: Fn, form?: Fn): string {
  const value = override(B, s.submitter, attribute, button, input);
  return B.String(value !== FAIL ? value : invoke(B, form, s.form));
}

function entriesOf(B: Builtins, s: Submission): unknown {
  if (s.formData) return s.formData;
  try {
    return new B.FormData!(s.form as HTMLFormElement, s.submitter as HTMLElement | null);
  } catch {
    return new B.FormData!(s.form as HTMLFormElement);
  }
}

export function reportSubmission(ctx: HookContext, s: Submission): void {
  const { B } = ctx;
  const method: string = invoke(B, B.strLower, formField(B, s, 'formmethod', B.buttonMethod, B.inputMethod, B.formMethod));
  if (method === 'dialog') return;
  let url = formField(B, s, 'formaction', B.buttonAction, B.inputAction, B.formAction);
  if (!isCrossOriginHttp(ctx, url)) return;
  const enctype = formField(B, s, 'formenctype', B.buttonEnctype, B.inputEnctype, B.formEnctype);
  const cap = ctx.bodyCap();
  let captured: Captured | undefined = cap === null ? undefined : { body: NO_BODY };
  if (method === 'get' || enctype === 'application/x-www-form-urlencoded' || enctype === 'multipart/form-data' || enctype === 'text/plain') {
    const entries = entriesOf(B, s);
    if (method === 'get') {
      // GET forms replace the action's query with the urlencoded entries.
      const query = urlencodedOf(B, entries);
      const parsed = new B.URL!(url);
      invoke(B, B.urlSetSearch, parsed, [query]);
      url = invoke(B, B.urlHref, parsed);
      if (cap !== null) captured = { body: textBody(B, query, cap, 'urlencoded', 'application/x-www-form-urlencoded') };
    } else if (cap !== null) {
      captured = enctype === 'multipart/form-data'
        ? captureBody(B, entries, cap)
        : enctype === 'text/plain'
          ? { body: textBody(B, plainTextOf(B, entries), cap, 'text', 'text/plain') }
          : { body: textBody(B, urlencodedOf(B, entries), cap, 'urlencoded', 'application/x-www-form-urlencoded') };
    }
  }
  const upper: string = invoke(B, B.strUpper, method);
  emitCaptured(ctx, requestEvent(ctx, 'form', url, upper, s.initiator), captured);
}
