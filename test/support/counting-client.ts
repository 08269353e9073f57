import type { Client, InArgs, InStatement, ResultSet, TransactionMode } from '@libsql/client';

/** What a {@link countingClient} has seen since its last `reset`. */
export interface Counts {
  /** Calls that reach the database: each `execute`, `batch` or transaction statement. */
  roundTrips: number;
  /** Statements, each statement of a batch counted. */
  statements: number;
}

/**
 * Wraps a libSQL client and counts what the app asks of it: the number of round trips it would
 * cost over HTTP and the statements run. Everything is passed through unchanged.
 */
export function countingClient(inner: Client): { client: Client; counts: Counts; reset(): void } {
  const counts: Counts = { roundTrips: 0, statements: 0 };
  const client = new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'execute')
        return (stmt: InStatement | string, args?: InArgs): Promise<ResultSet> => {
          counts.roundTrips++;
          counts.statements++;
          return typeof stmt === 'string' ? target.execute(stmt, args) : target.execute(stmt);
        };
      if (prop === 'batch')
        return (stmts: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> => {
          counts.roundTrips++;
          counts.statements += stmts.length;
          return target.batch(stmts, mode);
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    client,
    counts,
    reset() {
      counts.roundTrips = 0;
      counts.statements = 0;
    },
  };
}
