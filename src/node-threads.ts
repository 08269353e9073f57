import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread running `name` (a module beside this one in src/, an entry of the build in
 * dist/: spec-parser-thread, overlap-check-thread). Built, the thread is the compiled `name.js`;
 * from source (tsx, tests), tsx's loader is registered in the thread first (worker execArgv cannot
 * carry `--import` on Node 20), so the production install never needs tsx.
 */
export function startModuleThread(name: string, options: WorkerOptions = {}): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, import.meta.url), options);
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  return new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { ...options, eval: true },
  );
}
