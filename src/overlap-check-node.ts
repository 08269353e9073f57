import type { Worker } from 'node:worker_threads';
import type { Db } from '../db/client';
import type { Config } from './config';
import type { OverlapChecker } from './features/overlap/checker';
import type { OverlapInput } from './features/overlap/schemas';
import { checkOverlap, type OverlapReport } from './features/overlap/service';
import { Invalid } from './kernel/errors';
import { startModuleThread } from './node-threads';

interface Job {
  id: number;
  db: Db;
  input: OverlapInput;
  /** Answer JSON text instead of the report. */
  json: boolean;
  resolve: (r: OverlapReport | string) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** Jobs sent to this thread and not answered yet, by id. */
  jobs: Map<number, Job>;
}

type Reply =
  | { ready: true }
  | {
      id: number;
      report?: OverlapReport;
      json?: string;
      error?: { invalid?: { text: Invalid['text']; fields: Invalid['fields'] }; message?: string };
    };

/**
 * Overlap checks on worker threads (Node, embedded database; decision 0040). A check is 5–10 ms
 * of synchronous work on the thread that runs it; on the main thread, under load, that was most
 * of the server's one core while the machine's other core idled. Here each thread opens its own
 * connection to the same database file (WAL: it reads the last committed state, as the main
 * thread would) and takes checks in turn; the main thread only validates the request and sends
 * the answer. A check goes to the thread with the fewest waiting; a thread that dies fails its
 * waiting checks (500) and is replaced. Should no thread start at all, checks run inline.
 */
export function threadOverlapChecker(
  config: Config,
  size: number,
): OverlapChecker & { close(): Promise<void> } {
  const threads: Thread[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const start = () => {
    const thread: Thread = {
      worker: startModuleThread('overlap-check-thread', { workerData: { config } }),
      ready: false,
      jobs: new Map(),
    };
    thread.worker.unref();
    thread.worker.on('message', (m: Reply) => {
      if ('ready' in m) {
        thread.ready = true;
        pump();
        return;
      }
      const job = thread.jobs.get(m.id);
      if (!job) return;
      thread.jobs.delete(m.id);
      if (m.report) job.resolve(m.report);
      else if (m.json !== undefined) job.resolve(m.json);
      else if (m.error?.invalid) job.reject(new Invalid(m.error.invalid.text, m.error.invalid.fields));
      else job.reject(new Error(`overlap check failed: ${m.error?.message ?? 'no answer'}`));
    });
    const died = (error: Error) => {
      const i = threads.indexOf(thread);
      if (i < 0) return;
      threads.splice(i, 1);
      for (const job of thread.jobs.values()) job.reject(error);
      thread.jobs.clear();
      // A thread that could not even start would fail again: the checks run inline instead.
      if (!closed && thread.ready) start();
      else if (threads.length === 0)
        for (const job of queue.splice(0)) inline(job).then(job.resolve, job.reject);
    };
    thread.worker.on('error', died);
    thread.worker.on('exit', (code) => died(new Error(`overlap check thread exited (${code})`)));
    threads.push(thread);
  };

  const pump = () => {
    while (queue.length) {
      let best: Thread | undefined;
      for (const t of threads) if (t.ready && (!best || t.jobs.size < best.jobs.size)) best = t;
      if (!best) return;
      const job = queue.shift()!;
      best.jobs.set(job.id, job);
      best.worker.postMessage({ id: job.id, input: job.input, json: job.json });
    }
  };

  for (let i = 0; i < Math.max(1, size); i++) start();

  const inline = async (job: Pick<Job, 'db' | 'input' | 'json'>) => {
    const report = await checkOverlap(job.db, job.input);
    return job.json ? JSON.stringify(report) : report;
  };
  const run = (db: Db, input: OverlapInput, json: boolean) => {
    if (threads.length === 0) return inline({ db, input, json });
    return new Promise<OverlapReport | string>((resolve, reject) => {
      queue.push({ id: nextId++, db, input, json, resolve, reject });
      pump();
    });
  };
  const check = ((db, input) => run(db, input, false)) as OverlapChecker & { close(): Promise<void> };
  check.json = (db, input) => run(db, input, true) as Promise<string>;
  check.close = async () => {
    closed = true;
    await Promise.all(threads.map((t) => t.worker.terminate()));
  };
  return check;
}
