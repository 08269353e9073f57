import { describe, expect, it } from 'vitest';
import { ResponseStore } from './response-cache';

const entry = (bytes: number) => ({
  version: 1,
  storedAt: Date.now(),
  status: 200,
  headers: [] as [string, string][],
  body: new Uint8Array(0),
  gzip: null,
  bytes,
});

describe('ResponseStore', () => {
  it('keeps at most its byte budget, sending the least recently used answers out first', () => {
    const store = new ResponseStore(1000);
    store.set('a', entry(100));
    store.set('b', entry(100));
    store.set('c', entry(100));
    expect(store.usedBytes).toBe(300);
    store.get('a'); // used again: now the most recent
    for (let i = 0; i < 9; i++) store.set(`x${i}`, entry(100));
    expect(store.usedBytes).toBeLessThanOrEqual(1000);
    expect(store.get('a')).toBeDefined();
    expect(store.get('b')).toBeUndefined();
    expect(store.get('c')).toBeUndefined();
  });

  it('does not keep one answer larger than an eighth of the budget', () => {
    const store = new ResponseStore(1000);
    store.set('big', entry(200));
    expect(store.get('big')).toBeUndefined();
    expect(store.usedBytes).toBe(0);
  });

  it('replaces an answer kept under the same key', () => {
    const store = new ResponseStore(1000);
    store.set('a', entry(100));
    store.set('a', entry(50));
    expect(store.size).toBe(1);
    expect(store.usedBytes).toBe(50);
  });
});
