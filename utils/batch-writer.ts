// Collects items and hands them to `flush` in one batch per window, so the DB sees about one
// transaction per window. push() resolves once the batch holding the item has been flushed.

export interface BatchWriterOptions<T> {
  windowMs: number;
  flush(items: T[]): Promise<void>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  onError?: (error: unknown, items: T[]) => void;
}

export function createBatchWriter<T>({ windowMs, flush, setTimer = setTimeout, onError }: BatchWriterOptions<T>) {
  let pending: { item: T; resolve(): void; reject(e: unknown): void }[] = [];
  let scheduled = false;
  let chain: Promise<void> = Promise.resolve();

  const run = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    // Batches run one after another: each sees what the previous one wrote.
    chain = chain.then(async () => {
      try {
        await flush(batch.map((p) => p.item));
        for (const p of batch) p.resolve();
      } catch (error) {
        onError?.(error, batch.map((p) => p.item));
        for (const p of batch) p.reject(error);
      }
    });
  };

  return {
    push(item: T): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setTimer(run, windowMs);
        }
      });
    },
  };
}
