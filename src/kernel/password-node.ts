import { hash, verify } from '@node-rs/argon2';
import { ARGON2_PARAMS, type PasswordHasher, parsePhc, phcWithinLimits } from './password';

/**
 * Native argon2id (@node-rs/argon2) for Node: it runs on libuv's thread pool, so hashing does
 * not stall other requests the way a pure implementation on the main thread would.
 */
/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

export const nativeHasher: PasswordHasher = {
  hash(password) {
    return hash(password, { algorithm: ARGON2ID, ...ARGON2_PARAMS });
  },
  async verify(phc, password) {
    // Checked here, not left to the library: absurd memory costs abort the process (SIGABRT).
    const parsed = parsePhc(phc);
    if (!parsed || !phcWithinLimits(parsed)) return false;
    try {
      return await verify(phc, password);
    } catch {
      return false;
    }
  },
};
