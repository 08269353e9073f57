import type { Db } from '../../../db/client';
import { type FieldIssue, Invalid } from '../../kernel/errors';
import type { ImportPhase, ImportReport } from './import-service';

/**
 * Imports the web page runs after answering, so the browser can show how far a long one is
 * (decision 0034). Only where the process outlives the response (the Node server): kept in
 * memory per database, each visible to the person who started it, forgotten ten minutes after
 * it ends or once its result has been shown.
 */
export interface ImportJob {
  id: string;
  userId: number;
  dryRun: boolean;
  fileName: string;
  agencyCode: string;
  phase: ImportPhase;
  done: number;
  total: number;
  /** The finished report, and the file (text, or base64) for a dry run's apply form. */
  result?: { report: ImportReport; content?: { text: string; base64?: boolean } };
  /** Why the file was refused. */
  refused?: FieldIssue[];
  /** An unexpected failure (logged); the page says the import failed. */
  failed?: boolean;
  finishedAt?: number;
}

const KEEP_MS = 10 * 60_000;
const stores = new WeakMap<Db, Map<string, ImportJob>>();

function storeOf(db: Db): Map<string, ImportJob> {
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  const now = Date.now();
  for (const [id, job] of store) if (job.finishedAt && now - job.finishedAt > KEEP_MS) store.delete(id);
  return store;
}

/**
 * Starts `run` without waiting for it and returns its job; `run` reports progress through the
 * callback it is given. `onError` hears failures that are not a refusal of the file.
 */
export function startImportJob(
  db: Db,
  meta: Pick<ImportJob, 'userId' | 'dryRun' | 'fileName' | 'agencyCode'>,
  run: (
    onProgress: (done: number, total: number, phase: ImportPhase) => void,
  ) => Promise<ImportJob['result']>,
  onError: (error: unknown) => void,
): ImportJob {
  const job: ImportJob = { id: crypto.randomUUID(), ...meta, phase: 'check', done: 0, total: 0 };
  storeOf(db).set(job.id, job);
  run((done, total, phase) => {
    job.done = done;
    job.total = total;
    job.phase = phase;
  }).then(
    (result) => {
      job.result = result;
      job.finishedAt = Date.now();
    },
    (error: unknown) => {
      if (error instanceof Invalid) job.refused = error.fields;
      else {
        job.failed = true;
        onError(error);
      }
      job.finishedAt = Date.now();
    },
  );
  return job;
}

/** The job `id` if `userId` started it; a finished one is forgotten once read. */
export function takeImportJob(db: Db, userId: number, id: string): ImportJob | undefined {
  const store = storeOf(db);
  const job = store.get(id);
  if (!job || job.userId !== userId) return undefined;
  if (job.finishedAt) store.delete(id);
  return job;
}
