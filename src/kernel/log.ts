/** One structured log record: a flat object written as one JSON line. */
export type LogRecord = Record<string, unknown> & { level: 'info' | 'warn' | 'error'; msg: string };

/** Where log records go. The default writes JSON lines to stdout (errors to stderr). */
export type Logger = (record: LogRecord) => void;

/**
 * JSON lines on the console: on Node a log collector reads stdout/stderr; on Workers the same
 * lines appear in Workers Logs. Each record gets its time first.
 */
export const jsonLogger: Logger = (record) => {
  const line = JSON.stringify({ time: new Date().toISOString(), ...record });
  if (record.level === 'error') console.error(line);
  else console.log(line);
};

/** The fields of an error worth logging: its name, message and stack; never the request. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: error.message, errorName: error.name, stack: error.stack };
  return { error: String(error) };
}
