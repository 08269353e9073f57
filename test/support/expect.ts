import { expect } from 'vitest';

/** What a promise rejected with; fails the test if it resolved. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

/** The error a promise rejected with, checked to be of `type`. */
export async function expectRejection<T extends Error>(
  p: Promise<unknown>,
  type: new (...a: never[]) => T,
): Promise<T> {
  const error = await rejection(p);
  expect(error).toBeInstanceOf(type);
  return error as T;
}
