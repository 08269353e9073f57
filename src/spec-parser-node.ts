import type { Worker } from 'node:worker_threads';
import type { SpecImportResult, SpecParser } from './domain/spec-import';
import { TooManyRequests } from './kernel/errors';
import { msg } from './kernel/i18n';
import { startModuleThread } from './node-threads';

/** Limits of the Node spec parser. */
export interface SpecPoolOptions {
  /** Worker threads parsing at once. */
  size?: number;
  /** Longest one document may take; past it the thread is terminated and replaced. */
  timeoutMs?: number;
}

/** Defaults: two threads (the machine has two cores), and a hostile document refused within 5 s. */
export const SPEC_POOL = { size: 2, timeoutMs: 4000 } as const;

interface Job {
  content: string;
  resolve: (r: SpecImportResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The thread has loaded the parser: the time limit covers parsing, not start-up. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Spec import on a small pool of worker threads (Node). Parsing and validating a large document
 * is synchronous work of up to ~2 s; on the main thread it would stall every other request. Each
 * document gets `timeoutMs`: a document that takes longer (1 MiB of deeply nested YAML takes
 * ~17 s) is refused and its thread terminated and replaced, so one hostile upload cannot starve
 * the others. Each owner (an account) has at most one import in flight; a second is answered
 * 429 at once instead of queueing behind the first.
 */
export function threadSpecParser(options: SpecPoolOptions = {}): SpecParser {
  const size = Math.max(1, options.size ?? SPEC_POOL.size);
  const timeoutMs = options.timeoutMs ?? SPEC_POOL.timeoutMs;
  const slots: Slot[] = [];
  const queue: Job[] = [];
  const owners = new Set<string>();

  const start = (): Slot => {
    const worker = startModuleThread('spec-parser-thread');
    worker.unref();
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.on('message', (m: { ready?: true; result?: SpecImportResult }) => {
      if (m.ready) {
        slot.ready = true;
        pump();
      } else if (m.result) {
        const result = m.result;
        finish(slot, (job) => job.resolve(result));
      }
    });
    const died = (error: Error) => {
      remove(slot);
      finish(slot, (job) => job.reject(error));
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`spec parser thread exited (${code})`)));
    slots.push(slot);
    return slot;
  };

  const remove = (slot: Slot) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
  };

  const finish = (slot: Slot, settle: (job: Job) => void) => {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.timer = null;
    if (job) settle(job);
    pump();
  };

  const run = (slot: Slot, job: Job) => {
    slot.job = job;
    slot.timer = setTimeout(() => {
      // Terminated, not asked to stop: the thread is busy in synchronous code and cannot listen.
      remove(slot);
      const stuck = slot.worker;
      finish(slot, (j) =>
        j.resolve({
          ok: false,
          errors: [{ message: `the document took longer than ${timeoutMs / 1000} s to read; simplify it` }],
        }),
      );
      void stuck.terminate();
    }, timeoutMs);
    slot.worker.postMessage({ id: 0, content: job.content });
  };

  const pump = () => {
    while (queue.length) {
      const idle = slots.find((s) => s.ready && !s.job);
      if (!idle) {
        // Start threads for the waiting documents; each takes one when it is ready.
        const starting = slots.filter((s) => !s.ready).length;
        for (let i = starting; i < queue.length && slots.length < size; i++) start();
        return;
      }
      run(idle, queue.shift()!);
    }
  };

  return (content, owner) => {
    if (owner !== undefined && owners.has(owner)) {
      return Promise.reject(new TooManyRequests(msg('spec.importBusy'), new Date(Date.now() + timeoutMs)));
    }
    if (owner !== undefined) owners.add(owner);
    return new Promise<SpecImportResult>((resolve, reject) => {
      queue.push({ content, resolve, reject });
      pump();
    }).finally(() => {
      if (owner !== undefined) owners.delete(owner);
    });
  };
}
