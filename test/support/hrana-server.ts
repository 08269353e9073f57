/**
 * A small libSQL server for tests: speaks the Hrana-over-HTTP v2 `pipeline` protocol that
 * `@libsql/client/web` uses, over an embedded libSQL database file. It stands in for sqld/Turso,
 * which cannot be installed here (reference/measured.md), so the Worker build is tested against
 * the same wire protocol it uses in production. Loopback only; one connection, so each pipeline
 * request (and each batch inside it, which the client wraps in BEGIN/COMMIT) is atomic.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'libsql';

type Value =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string };
interface Stmt {
  sql?: string;
  sql_id?: number;
  args?: Value[];
  named_args?: { name: string; value: Value }[];
  want_rows?: boolean;
}
type Cond =
  | { type: 'ok' | 'error'; step: number }
  | { type: 'not'; cond: Cond }
  | { type: 'and' | 'or'; conds: Cond[] }
  | { type: 'is_autocommit' };

function decode(v: Value): unknown {
  switch (v.type) {
    case 'null':
      return null;
    case 'integer':
      return BigInt(v.value);
    case 'float':
      return v.value;
    case 'text':
      return v.value;
    case 'blob':
      return Buffer.from(v.base64, 'base64');
  }
}

function encode(v: unknown): Value {
  if (v === null || v === undefined) return { type: 'null' };
  if (typeof v === 'bigint') return { type: 'integer', value: v.toString() };
  if (typeof v === 'number')
    return Number.isInteger(v) ? { type: 'integer', value: String(v) } : { type: 'float', value: v };
  if (typeof v === 'string') return { type: 'text', value: v };
  if (v instanceof Uint8Array) return { type: 'blob', base64: Buffer.from(v).toString('base64') };
  return { type: 'text', value: String(v) };
}

export interface HranaServer {
  url: string;
  /** Pipeline requests answered so far: the client's round trips. */
  readonly roundTrips: number;
  /** Statements executed so far (each statement of a batch counts; BEGIN/COMMIT included). */
  readonly statements: number;
  close(): Promise<void>;
}

/**
 * Serves the database file at `path` on a random loopback port. `delayMs` holds each answer
 * back that long, as a database in another region would (issue 14's remote path).
 */
export async function startHranaServer(path: string, opts: { delayMs?: number } = {}): Promise<HranaServer> {
  let roundTrips = 0;
  let statements = 0;
  const db = new Database(path);
  db.defaultSafeIntegers(true);
  const stored = new Map<number, string>();

  const execute = (stmt: Stmt) => {
    statements++;
    const sql = stmt.sql ?? stored.get(stmt.sql_id ?? -1);
    if (sql === undefined) throw new Error('SQL text or a stored sql_id is required');
    const prepared = db.prepare(sql);
    const args: unknown[] | Record<string, unknown> = stmt.named_args?.length
      ? Object.fromEntries(stmt.named_args.map((a) => [a.name.replace(/^[:@$]/, ''), decode(a.value)]))
      : (stmt.args ?? []).map(decode);
    if (prepared.reader) {
      const cols = prepared.columns().map((c) => ({ name: c.name, decltype: c.type ?? null }));
      const rows = (prepared.raw(true).all(args) as unknown[][]).map((r) => r.map(encode));
      return {
        cols,
        rows,
        affected_row_count: 0,
        last_insert_rowid: null,
        rows_read: rows.length,
        rows_written: 0,
      };
    }
    const info = prepared.run(args);
    return {
      cols: [],
      rows: [],
      affected_row_count: Number(info.changes),
      last_insert_rowid: info.lastInsertRowid === undefined ? null : String(info.lastInsertRowid),
      rows_read: 0,
      rows_written: Number(info.changes),
    };
  };
  // Like sqld, report SQLite's extended result code (SQLITE_CONSTRAINT_UNIQUE…): the app maps
  // constraint failures by code (kernel/write.ts), never by message text.
  const error = (e: unknown) => {
    const code = (e as { code?: unknown })?.code;
    return {
      message: e instanceof Error ? e.message : String(e),
      code: typeof code === 'string' && code.startsWith('SQLITE_') ? code : 'SQLITE_ERROR',
    };
  };

  const batch = (steps: { condition?: Cond; stmt: Stmt }[]) => {
    const results: unknown[] = [];
    const errors: unknown[] = [];
    const holds = (c: Cond): boolean => {
      switch (c.type) {
        case 'ok':
          return results[c.step] != null;
        case 'error':
          return errors[c.step] != null;
        case 'not':
          return !holds(c.cond);
        case 'and':
          return c.conds.every(holds);
        case 'or':
          return c.conds.some(holds);
        case 'is_autocommit':
          return !db.inTransaction;
      }
    };
    for (const step of steps) {
      if (step.condition && !holds(step.condition)) {
        results.push(null);
        errors.push(null);
        continue;
      }
      try {
        results.push(execute(step.stmt));
        errors.push(null);
      } catch (e) {
        results.push(null);
        errors.push(error(e));
      }
    }
    return { step_results: results, step_errors: errors };
  };

  // biome-ignore lint/suspicious/noExplicitAny: the request shapes are validated by their `type`.
  const handle = (req: any) => {
    switch (req.type) {
      case 'execute':
        return { type: 'execute', result: execute(req.stmt) };
      case 'batch':
        return { type: 'batch', result: batch(req.batch.steps) };
      case 'sequence':
        db.exec(req.sql ?? stored.get(req.sql_id));
        return { type: 'sequence' };
      case 'store_sql':
        stored.set(req.sql_id, req.sql);
        return { type: 'store_sql' };
      case 'close_sql':
        stored.delete(req.sql_id);
        return { type: 'close_sql' };
      case 'get_autocommit':
        return { type: 'get_autocommit', is_autocommit: !db.inTransaction };
      case 'close':
        return { type: 'close' };
      default:
        throw new Error(`Unsupported request type ${String(req.type)}`);
    }
  };

  let batons = 0;
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/v2' || req.url === '/health')) {
      res.writeHead(200).end();
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v2/pipeline') {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      roundTrips++;
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { requests: { type: string }[] };
        const results = body.requests.map((r) => {
          try {
            return { type: 'ok', response: handle(r) };
          } catch (e) {
            return { type: 'error', error: error(e) };
          }
        });
        const closed = body.requests.some((r) => r.type === 'close');
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ baton: closed ? null : `b${++batons}`, base_url: null, results }));
      } catch (e) {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(e));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get roundTrips() {
      return roundTrips;
    },
    get statements() {
      return statements;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
