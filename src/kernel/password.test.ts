import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type PasswordHasher, parsePhc, pureHasher } from './password';
import { nativeHasher } from './password-node';

const PHC = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;
const PASSWORD = 'kata-sandi-rahasia-123';
const root = fileURLToPath(new URL('../..', import.meta.url));
const nativeModule = fileURLToPath(new URL('../../src/kernel/password-node.ts', import.meta.url));

const hashers: [string, PasswordHasher][] = [
  ['native', nativeHasher],
  ['pure', pureHasher],
];

/** A valid hash of PASSWORD with one PHC part replaced. */
function tamper(phc: string, part: { m?: string; t?: string; p?: string; salt?: string; hash?: string }) {
  const [, alg, ver, params, salt, hash] = phc.split('$');
  const [m, t, p] = params!.split(',').map((kv) => kv.split('=')[1]);
  return `$${alg}$${ver}$m=${part.m ?? m},t=${part.t ?? t},p=${part.p ?? p}$${part.salt ?? salt}$${part.hash ?? hash}`;
}

describe('password hashers', () => {
  it.each(hashers)(
    '%s writes an OWASP-parameter argon2id PHC string with a fresh salt',
    async (_, hasher) => {
      const a = await hasher.hash(PASSWORD);
      const b = await hasher.hash(PASSWORD);
      expect(a).toMatch(PHC);
      expect(b).toMatch(PHC);
      expect(a).not.toBe(b);
      expect(parsePhc(a)).toMatchObject({ m: 19456, t: 2, p: 1 });
    },
  );

  it('verifies a native hash with the pure hasher and a pure hash with the native one', async () => {
    const fromNative = await nativeHasher.hash(PASSWORD);
    const fromPure = await pureHasher.hash(PASSWORD);
    expect(await pureHasher.verify(fromNative, PASSWORD)).toBe(true);
    expect(await nativeHasher.verify(fromPure, PASSWORD)).toBe(true);
    expect(await nativeHasher.verify(fromNative, PASSWORD)).toBe(true);
    expect(await pureHasher.verify(fromPure, PASSWORD)).toBe(true);
  });

  it('rejects a wrong password in both hashers, whichever wrote the hash', async () => {
    const fromNative = await nativeHasher.hash(PASSWORD);
    const fromPure = await pureHasher.hash(PASSWORD);
    for (const [, hasher] of hashers) {
      for (const phc of [fromNative, fromPure]) {
        expect(await hasher.verify(phc, `${PASSWORD}x`)).toBe(false);
        expect(await hasher.verify(phc, '')).toBe(false);
        expect(await hasher.verify(phc, PASSWORD.toUpperCase())).toBe(false);
      }
    }
  });

  it.each(hashers)('%s returns false for garbage instead of throwing', async (_, hasher) => {
    for (const phc of [
      '',
      'garbage',
      '$argon2id$',
      '$argon2id$v=19$m=19456,t=2,p=1$$',
      '$argon2id$v=19$m=19456,t=2,p=1$!!!!$@@@@',
      '$2b$10$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234',
      PASSWORD,
    ]) {
      await expect(hasher.verify(phc, PASSWORD), phc).resolves.toBe(false);
    }
  });

  it.each(hashers)('%s returns false for a tampered hash or salt of a real PHC string', async (_, hasher) => {
    const phc = await nativeHasher.hash(PASSWORD);
    const hash = phc.split('$')[5]!;
    const salt = phc.split('$')[4]!;
    const flipped = `${hash.slice(0, 10)}${hash[10] === 'A' ? 'B' : 'A'}${hash.slice(11)}`;
    for (const bad of [
      tamper(phc, { hash: flipped }),
      tamper(phc, { hash: hash.slice(0, -4) }),
      tamper(phc, { salt: `${salt.slice(0, -2)}AA` }),
      tamper(phc, { t: '3' }),
    ]) {
      await expect(hasher.verify(bad, PASSWORD), bad).resolves.toBe(false);
    }
  });

  it.each(hashers)('%s returns false (never throws) for out-of-range parameters', async (_, hasher) => {
    const phc = await nativeHasher.hash(PASSWORD);
    for (const bad of [
      tamper(phc, { m: '1' }),
      tamper(phc, { t: '0' }),
      tamper(phc, { p: '0' }),
      // A 2-byte "hash": too short for argon2's minimum output length.
      tamper(phc, { hash: 'AAA' }),
      tamper(phc, { salt: 'AAAA' }),
    ]) {
      await expect(hasher.verify(bad, PASSWORD), bad).resolves.toBe(false);
    }
  });

  it('pure: refuses an absurd memory cost from a tampered row without running argon2', async () => {
    const phc = await pureHasher.hash(PASSWORD);
    const started = Date.now();
    expect(await pureHasher.verify(tamper(phc, { m: '4294967295' }), PASSWORD)).toBe(false);
    expect(await pureHasher.verify(tamper(phc, { m: '99999999' }), PASSWORD)).toBe(false);
    expect(await pureHasher.verify(tamper(phc, { t: '1000000' }), PASSWORD)).toBe(false);
    expect(await pureHasher.verify(tamper(phc, { p: '1000' }), PASSWORD)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  // Run in a child process capped at 4 GiB of data memory: a native hasher that trusts the
  // row's m= tries to allocate 4 TiB, which aborts (or stalls) the whole process rather than
  // throwing, and must not take the test worker or the machine down with it.
  it('native: refuses an absurd memory cost from a tampered row (returns false, process survives)', async () => {
    const phc = await nativeHasher.hash(PASSWORD);
    const bad = tamper(phc, { m: '4294967295' });
    const script = `import { nativeHasher } from ${JSON.stringify(nativeModule)};
      console.log('control=' + (await nativeHasher.verify(${JSON.stringify(phc)}, ${JSON.stringify(PASSWORD)})));
      console.log('result=' + (await nativeHasher.verify(${JSON.stringify(bad)}, ${JSON.stringify(PASSWORD)})));`;
    const node = `exec ${JSON.stringify(process.execPath)} --import tsx --input-type=module -e "$0"`;
    const child = spawnSync('sh', ['-c', `ulimit -d 4000000; ${node}`, script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect({
      status: child.status,
      signal: child.signal,
      stdout: child.stdout.trim(),
      stderr: child.stderr.trim(),
    }).toEqual({ status: 0, signal: null, stdout: 'control=true\nresult=false', stderr: '' });
  });
});
