import { argon2idAsync } from '@noble/hashes/argon2.js';
import { decodeBase64IgnorePadding, encodeBase64NoPadding } from '@oslojs/encoding';

/**
 * Hashes and verifies passwords as argon2id PHC strings
 * (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`). The Node entry uses a native implementation
 * off the main thread; the Worker uses the pure one below. Both read and write the same format.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(phc: string, password: string): Promise<boolean>;
}

/** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

interface ParsedPhc {
  m: number;
  t: number;
  p: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

/** Parses an argon2id PHC string; undefined if it is anything else. */
export function parsePhc(phc: string): ParsedPhc | undefined {
  const m =
    /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/.exec(phc);
  if (!m) return undefined;
  try {
    return {
      m: Number(m[1]),
      t: Number(m[2]),
      p: Number(m[3]),
      salt: decodeBase64IgnorePadding(m[4] ?? ''),
      hash: decodeBase64IgnorePadding(m[5] ?? ''),
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether stored parameters are sane: a tampered row must neither make the library throw (too
 * small) nor allocate gigabytes or spin for minutes (too large). Both hashers check this first.
 */
export function phcWithinLimits(p: ParsedPhc): boolean {
  return (
    p.p >= 1 &&
    p.p <= 4 &&
    p.t >= 1 &&
    p.t <= 10 &&
    p.m >= 8 * p.p &&
    p.m <= 262144 &&
    p.salt.length >= 8 &&
    p.hash.length >= 4 &&
    p.hash.length <= 64
  );
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Pure-JavaScript argon2id (@noble/hashes), for the Worker. About 300 ms of CPU per call at the
 * parameters above: acceptable for sign-in, far too slow for Node's main thread.
 */
export const pureHasher: PasswordHasher = {
  async hash(password) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const { memoryCost: m, timeCost: t, parallelism: p, outputLen } = ARGON2_PARAMS;
    const out = await argon2idAsync(password, salt, { m, t, p, dkLen: outputLen });
    return `$argon2id$v=19$m=${m},t=${t},p=${p}$${encodeBase64NoPadding(salt)}$${encodeBase64NoPadding(out)}`;
  },
  async verify(phc, password) {
    const parsed = parsePhc(phc);
    if (!parsed || !phcWithinLimits(parsed)) return false;
    try {
      const out = await argon2idAsync(password, parsed.salt, {
        m: parsed.m,
        t: parsed.t,
        p: parsed.p,
        dkLen: parsed.hash.length,
      });
      return constantTimeEqual(out, parsed.hash);
    } catch {
      return false;
    }
  },
};
