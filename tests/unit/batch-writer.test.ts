import { describe, expect, it, vi } from 'vitest';
import { createBatchWriter } from '@/utils/batch-writer';

describe('batched writes', () => {
  it('flushes everything pushed within one window as one batch', async () => {
    const flush = vi.fn(async (_items: number[]) => {});
    const writer = createBatchWriter({ windowMs: 20, flush });
    await Promise.all([writer.push(1), writer.push(2), writer.push(3)]);
    expect(flush.mock.calls).toEqual([[[1, 2, 3]]]);
  });

  it('resolves a push only after its batch was written', async () => {
    let written = false;
    const writer = createBatchWriter({ windowMs: 5, flush: async () => { await new Promise((r) => setTimeout(r, 20)); written = true; } });
    await writer.push('x');
    expect(written).toBe(true);
  });

  it('rejects the pushes of a failed batch, so their senders can resend', async () => {
    const writer = createBatchWriter({ windowMs: 5, flush: async () => { throw new Error('disk full'); } });
    await expect(writer.push(1)).rejects.toThrow('disk full');
  });

  it('runs batches one after another, never overlapping', async () => {
    let running = 0;
    let overlap = false;
    const writer = createBatchWriter({
      windowMs: 1,
      flush: async () => { running++; overlap ||= running > 1; await new Promise((r) => setTimeout(r, 10)); running--; },
    });
    const first = writer.push(1);
    await new Promise((r) => setTimeout(r, 3));
    await Promise.all([first, writer.push(2)]);
    expect(overlap).toBe(false);
  });
});
