// Retry a database operation that failed because another process held SQLite's write lock past
// the busy timeout. Each retry waits a little longer, with jitter so two writers do not collide again.

const BUSY = /SQLITE_BUSY|database is locked|SocketTimeout|Transaction already closed|Unable to start a transaction/i;

export function isBusyError(err: unknown): boolean {
  const e = err as { message?: string; code?: string; meta?: { message?: string } } | null;
  return !!e && (BUSY.test(e.message ?? "") || BUSY.test(e.code ?? "") || BUSY.test(e.meta?.message ?? ""));
}

export async function withBusyRetry<T>(op: () => Promise<T>, attempts = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await op();
    } catch (err) {
      if (i >= attempts || !isBusyError(err)) throw err;
      await new Promise((r) => setTimeout(r, 50 * 2 ** i + Math.random() * 100));
    }
  }
}
