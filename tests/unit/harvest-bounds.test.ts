import { describe, expect, it } from 'vitest';
import type { Seed } from '@/utils/detect/types';
import { fieldOfEvent } from '@/utils/harvest/event-field';
import { createHarvester, MAX_PENDING, MAX_SENT } from '@/utils/harvest/harvester';

const input = { name: 'billing_email', value: 'inner@example.com' };
const host = { tagName: 'CHECKOUT-FORM' };

describe('the field an input event came from', () => {
  it.each([
    ['an event from an open shadow root gives the input inside it, not the host', { target: host, composedPath: () => [input, host] }, input],
    ['an event from a closed shadow root gives only the host (out of reach)', { target: host, composedPath: () => [host] }, host],
    ['an event from the light DOM gives its target', { target: input, composedPath: () => [input] }, input],
    ['an event outside dispatch (empty path) falls back to its target', { target: input, composedPath: () => [] }, input],
    ['an event whose composedPath throws falls back to its target', { target: input, composedPath: () => { throw new Error('no'); } }, input],
    ['an event-like object without composedPath gives its target', { target: input }, input],
  ])('%s', (_name, event, expected) => {
    expect(fieldOfEvent(event)).toBe(expected);
  });
});

function harness() {
  const sent: Seed[][] = [];
  const timers: (() => void)[] = [];
  const h = createHarvester({ url: 'http://store.test/checkout/', send: (s) => sent.push(s), setTimeout: (fn) => timers.push(fn), clearTimeout: () => {} });
  const fire = () => timers.splice(0).forEach((fn) => fn());
  return { h, sent, fire };
}

/** A field that counts how often its value is read. */
function countingField(name: string, value: string) {
  const field = { name, reads: 0, get value() { this.reads++; return value; } };
  return field;
}

describe('bounded input handling', () => {
  it.each([
    ['one field typed into 500 times is read once, when typing pauses', 500, 1],
    ['one keystroke is read once', 1, 1],
  ])('%s', (_name, keystrokes, reads) => {
    const { h, fire } = harness();
    const field = countingField('billing_email', 'kim@example.org');
    for (let i = 0; i < keystrokes; i++) h.onInput(field);
    expect(field.reads).toBe(0);
    fire();
    expect(field.reads).toBe(reads);
  });

  it(`reads at most ${MAX_PENDING} distinct fields typed into within one quiet period, and the ones noted first`, () => {
    const { h, fire } = harness();
    const fields = Array.from({ length: MAX_PENDING + 50 }, (_, i) => countingField('billing_email', `s${i}@example.com`));
    for (const f of fields) h.onInput(f);
    fire();
    expect(fields.filter((f) => f.reads > 0)).toHaveLength(MAX_PENDING);
    expect(fields[0]!.reads).toBe(1);
    expect(fields.at(-1)!.reads).toBe(0);
  });

  it('a shopper field typed after a burst of unknown fields in an earlier quiet period is still read', () => {
    const { h, sent, fire } = harness();
    for (let i = 0; i < 100; i++) h.onInput({ name: `field_${i}`, value: 'x' });
    fire();
    h.onInput({ name: 'billing_email', value: 'late@example.com' });
    fire();
    expect(sent.flat()).toEqual([{ kind: 'email', value: 'late@example.com', shopperId: 'typed' }]);
  });

  it(`forgets what it sent past ${MAX_SENT} seeds, so memory stays bounded (repeats are dropped by the background)`, () => {
    const { h, sent, fire } = harness();
    for (let i = 0; i <= MAX_SENT + 1; i++) {
      h.onInput({ name: 'billing_email', value: `shopper${i}@example.com` });
      fire();
    }
    h.onInput({ name: 'billing_email', value: 'shopper0@example.com' });
    fire();
    expect(sent.flat().filter((s) => s.value === 'shopper0@example.com')).toHaveLength(2);
  });
});
