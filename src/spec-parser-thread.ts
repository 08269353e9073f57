import { parentPort } from 'node:worker_threads';
import { parseSpec } from './domain/spec-import';

/** The worker side of `threadSpecParser`: parses each document it is sent, one at a time. */
parentPort?.on('message', (msg: { id: number; content: string }) => {
  parentPort?.postMessage({ id: msg.id, result: parseSpec(msg.content) });
});

// Tells the pool the parser is loaded: its time limit starts now, not while tsx compiles.
parentPort?.postMessage({ ready: true });
