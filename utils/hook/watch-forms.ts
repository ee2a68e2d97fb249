import { FAIL, invoke, probe } from './call';
import { initiatorOf, type HookContext } from './context';
import { listen } from './dom';
import { reportSubmission as report, type Submission } from './form-submission';
import { patchMethod } from './patch';

// Form submissions to other origins. A submit event is recorded once dispatch is over and nobody
// prevented it; form.submit() fires no submit event, so it is wrapped. The entries are taken from
// the browser's own `formdata` event of that submission, so no extra formdata event is fired.

export function watchForms(ctx: HookContext): void {
  const { B, win } = ctx;
  if (!B.formAction || !B.FormData) return;
  const pending = new B.WeakMap<object, Submission>();
  const track = (s: Submission) => invoke(B, B.wmSet, pending, [s.form, s]);

  listen(B, win, 'submit', (event) => {
    try {
      // Page-dispatched submit events do not submit anything.
      if ((event as Event).isTrusted !== true) return;
      const form = invoke(B, B.eventTarget, event);
      if (probe(B, B.formAction, form) === FAIL) return;
      const submitter = probe(B, B.submitter, event);
      // Stack of a script's requestSubmit(); none for a user's click → the document.
      const s: Submission = { form, submitter: submitter === FAIL ? null : submitter, initiator: initiatorOf(ctx, 'document') };
      track(s);
      invoke(B, B.setTimeout, win, [() => {
        try {
          if (invoke(B, B.wmGet, pending, [form]) === s) invoke(B, B.wmSet, pending, [form, undefined]);
          if (invoke(B, B.defaultPrevented, event) !== true) report(ctx, s);
        } catch {
          // Not recorded.
        }
      }, 0]);
    } catch {
      // Not recorded.
    }
  }, true);

  // The submission's entry list, with whatever the page's formdata listeners add to it.
  listen(B, win, 'formdata', (event) => {
    try {
      const s: Submission | undefined = invoke(B, B.wmGet, pending, [invoke(B, B.eventTarget, event)]);
      if (s) s.formData = invoke(B, B.formDataOfEvent, event);
    } catch {
      // Falls back to new FormData(form) when reported.
    }
  }, true);

  patchMethod(B, win.HTMLFormElement?.prototype, 'submit', {
    apply(target, form, args: unknown[]) {
      let s: Submission | undefined;
      let previous: unknown;
      try {
        previous = invoke(B, B.wmGet, pending, [form]);
        s = { form: form as object, submitter: null, initiator: initiatorOf(ctx, 'document') };
        track(s);
      } catch {
        s = undefined;
      }
      try {
        const result = B.apply(target, form, args);
        try {
          // A detached form does not submit.
          if (s && probe(B, B.isConnected, form) !== false) report(ctx, s);
        } catch {
          // Not recorded.
        }
        return result;
      } finally {
        if (s) probe(B, B.wmSet, pending, [form, previous]);
      }
    },
  });
}
