import { Worker } from 'node:worker_threads';
import type { SpecImportResult, SpecParser } from './domain/spec-import';

/**
 * Spec import on a worker thread (Node). Parsing and validating a large document is synchronous
 * work of up to ~2 s; on the main thread it would stall every other request of the server. One
 * thread, started on first use, takes the documents in turn; if it dies, the next call starts
 * another.
 */
export function threadSpecParser(): SpecParser {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: SpecImportResult) => void; reject: (e: Error) => void }>();
  const start = () => {
    // The thread runs the TypeScript module as the main process does: tsx's loader is registered
    // in the thread first (worker execArgv cannot carry `--import` on Node 20).
    const entry = new URL('./spec-parser-thread.ts', import.meta.url).href;
    const w = new Worker(
      `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
      { eval: true },
    );
    w.unref();
    w.on('message', (msg: { id: number; result: SpecImportResult }) => {
      pending.get(msg.id)?.resolve(msg.result);
      pending.delete(msg.id);
    });
    const fail = (error: Error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      worker = null;
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`spec parser thread exited (${code})`)));
    return w;
  };
  return (content) =>
    new Promise<SpecImportResult>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, content });
    });
}
