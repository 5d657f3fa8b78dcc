/** Writing in one transaction: all of it commits, or none of it. */

interface Transaction {
  readonly done: Promise<void>;
  readonly error: DOMException | null;
  abort(): void;
}

/** Registers a request of the transaction, so its failure is reported by `commit`, not as an unhandled rejection. */
export type Queue = <R>(request: Promise<R>) => Promise<R>;

/**
 * Runs `work`, which queues requests on `tx`, and waits for the transaction to commit. If anything
 * fails, including a request that cannot even be queued, the transaction is aborted (nothing of it
 * is kept) and the error that names the cause is thrown: the transaction's own (QuotaExceededError)
 * rather than the AbortError its requests report.
 */
export async function commit(tx: Transaction, work: (queue: Queue) => Promise<void> | void): Promise<void> {
  const queued: Promise<unknown>[] = [];
  const queue: Queue = (request) => {
    void request.catch(() => undefined);
    queued.push(request);
    return request;
  };
  try {
    await work(queue);
    await Promise.all([...queued, tx.done]);
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted (by the failing request) or finished.
    }
    await tx.done.catch(() => undefined);
    throw tx.error ?? err;
  }
}
