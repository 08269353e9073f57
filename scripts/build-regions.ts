/**
 * Regenerates seeds/data/regions.json from the `idn-area-data` package (code MIT, data ODbL:
 * see docs/decisions/0003-region-codes-from-idn-area-data.md). Run after upgrading the package:
 *   npx tsx scripts/build-regions.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dataDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
const pkg = JSON.parse(readFileSync(join(dataDir, '..', 'package.json'), 'utf8')) as { version: string };

function csv(file: string): string[][] {
  return readFileSync(join(dataDir, file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '').trim()));
}

const provinces = csv('provinces.csv').map(([code, name]) => ({ code: code!, name: name! }));
const regencies = csv('regencies.csv').map(([code, provinceCode, name]) => ({
  code: code!,
  provinceCode: provinceCode!,
  name: name!,
}));

const out = {
  source: `idn-area-data@${pkg.version} (code MIT; data ODbL 1.0, https://github.com/fityannugroho/idn-area-data)`,
  provinces,
  regencies,
};
writeFileSync(new URL('../seeds/data/regions.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${provinces.length} provinces, ${regencies.length} kabupaten/kota`);
