import type { Client, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client';

/**
 * Writes to an embedded database, queued behind long write transactions (decision 0024).
 *
 * The embedded libSQL driver is synchronous: a statement runs on the event loop's thread. A
 * large write (an 8,000-operation spec, a 5,000-row import) run as one `batch` stalls every
 * request for as long as it takes, so the write kernel runs large batches as a transaction in
 * slices, yielding between them. While that transaction holds SQLite's write lock, a second
 * writer on another connection would wait in SQLite's busy handler — a synchronous sleep on the
 * same thread, so the transaction could never finish. This wrapper makes such writers wait
 * asynchronously instead: while a transaction is open (or queued), every other write waits its
 * turn; reads go straight through (WAL lets them read the last committed state).
 *
 * Only for `file:` clients; remote clients are returned unchanged (the server does the work).
 */
export function gateWrites(client: Client): Client {
  if (client.protocol !== 'file') return client;
  return new GatedClient(client);
}

/** True when the client queues writes behind long transactions (see `gateWrites`). */
export function isGated(client: Client): boolean {
  return client instanceof GatedClient;
}

const READ = /^\s*(select|explain)\b/i;

function sqlOf(stmt: InStatement | [string, InArgs?] | string): string {
  if (typeof stmt === 'string') return stmt;
  if (Array.isArray(stmt)) return stmt[0];
  return stmt.sql;
}

/** A FIFO lock; `busy` while anyone holds or waits for it. */
class Lock {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  get busy(): boolean {
    return this.waiting > 0;
  }

  async acquire(): Promise<() => void> {
    this.waiting++;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const before = this.tail;
    this.tail = before.then(() => mine);
    await before;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.waiting--;
      release();
    };
  }
}

class GatedClient implements Client {
  private readonly lock = new Lock();

  constructor(private readonly inner: Client) {}

  get closed(): boolean {
    return this.inner.closed;
  }

  get protocol(): string {
    return this.inner.protocol;
  }

  /** Runs `work` now, or after the open transaction when it may write. */
  private async gated<T>(writes: boolean, work: () => Promise<T>): Promise<T> {
    if (!writes || !this.lock.busy) return work();
    const release = await this.lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  execute(stmt: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const writes = !READ.test(sqlOf(stmt));
    return this.gated(writes, () =>
      typeof stmt === 'string' ? this.inner.execute(stmt, args) : this.inner.execute(stmt),
    );
  }

  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    const writes = mode !== 'read' && stmts.some((s) => !READ.test(sqlOf(s)));
    return this.gated(writes, () => this.inner.batch(stmts, mode));
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.gated(true, () => this.inner.migrate(stmts));
  }

  executeMultiple(sql: string): Promise<void> {
    return this.gated(true, () => this.inner.executeMultiple(sql));
  }

  /** A transaction holds the gate from BEGIN until it commits, rolls back or closes. */
  async transaction(mode: TransactionMode = 'deferred'): Promise<Transaction> {
    if (mode === 'read') return this.inner.transaction(mode);
    const release = await this.lock.acquire();
    try {
      return new GatedTransaction(await this.inner.transaction(mode), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  sync() {
    return this.inner.sync();
  }

  close(): void {
    this.inner.close();
  }

  reconnect(): void {
    this.inner.reconnect();
  }
}

class GatedTransaction implements Transaction {
  constructor(
    private readonly inner: Transaction,
    private readonly release: () => void,
  ) {}

  get closed(): boolean {
    return this.inner.closed;
  }

  execute(stmt: InStatement): Promise<ResultSet> {
    return this.inner.execute(stmt);
  }

  batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.inner.batch(stmts);
  }

  executeMultiple(sql: string): Promise<void> {
    return this.inner.executeMultiple(sql);
  }

  async commit(): Promise<void> {
    try {
      await this.inner.commit();
    } finally {
      this.release();
    }
  }

  async rollback(): Promise<void> {
    try {
      await this.inner.rollback();
    } finally {
      this.release();
    }
  }

  close(): void {
    this.inner.close();
    this.release();
  }
}
