/**
 * `npm ci --omit=dev` on a server must install only what the built server imports (issue 15).
 * npm decides that from the lockfile's flags: a package is left out only when it is marked
 * `dev`. TypeScript is a devDependency under an alias (`typescript-compiler`) because valibot
 * names `typescript` as an optional peer, and npm keeps an optional peer that is present in the
 * tree ("devOptional") in a production install. See docs/decisions (production runtime).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(join(__dirname, '..', 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; devOptional?: boolean; name?: string }>;
};

const BUILD_ONLY = [
  'typescript',
  'tsx',
  'esbuild',
  '@esbuild/linux-x64',
  'drizzle-kit',
  'wrangler',
  'vitest',
];

describe('a production install', () => {
  it('leaves out the compiler, the TypeScript runner, the bundler and the test tools', () => {
    const kept = Object.entries(lock.packages)
      .filter(([path]) => path.startsWith('node_modules/'))
      .filter(([path, entry]) => {
        const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
        return BUILD_ONLY.includes(name) && entry.dev !== true;
      })
      .map(([path]) => path);
    expect(kept).toEqual([]);
  });

  it('has no package at node_modules/typescript for an optional peer to keep', () => {
    expect(lock.packages['node_modules/typescript']).toBeUndefined();
  });
});
