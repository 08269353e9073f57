import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'static' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const bilingual = /(['"`])[^'"`\n]*\p{L}[^'"`\n]* \/ [^'"`\n]*\p{L}[^'"`\n]*\1/gu;
const lPair = /(^|[^\w.])L\(/g;

/** Bilingual literals and `L(` calls in a file, ignoring comments. */
function offences(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .map((line) => line.replace(/\s\/\/ .*$/, ''))
    .join('\n');
  // A " / " inside `${…}` is arithmetic, not two languages.
  const inText = (m: string) => {
    const before = m.slice(0, m.indexOf(' / '));
    return (before.match(/\$\{/g) ?? []).length <= (before.match(/\}/g) ?? []).length;
  };
  return [...(code.match(bilingual) ?? []).filter(inText), ...(code.match(lPair) ?? []).map(() => 'L(')];
}

describe('one language per text', () => {
  const files = ['src', 'views', 'db', 'seeds']
    .flatMap((d) => sources(join(ROOT, d)))
    .filter((f) => !f.includes(`${join('src', 'kernel', 'i18n')}`));

  it('finds a bilingual string and an L() pair when they are there', () => {
    expect(offences(`throw new NotFound('Usulan tidak ditemukan / Proposal not found');`)).toHaveLength(1);
    expect(offences(`<p>{L(ctx, 'Simpan', 'Save')}</p>`)).toHaveLength(1);
    expect(offences(`const share = a / b; // x / y\nnew URL(u); t('apps.title'); \`\${a / b}%\``)).toEqual(
      [],
    );
  });

  it('has no bilingual string or L() pair anywhere outside the catalogues', () => {
    const found: Record<string, string[]> = {};
    for (const f of files) {
      const o = offences(readFileSync(f, 'utf8'));
      if (o.length) found[relative(ROOT, f).split('\\').join('/')] = o;
    }
    expect(
      found,
      'use message keys (src/kernel/i18n) for user-visible text, plain English for operators',
    ).toEqual({});
  });
});
