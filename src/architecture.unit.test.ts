import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rules of the house (docs/architecture.md), read from the source so a change that breaks
 * one fails here instead of in review. Each allowlist names what is left and why; it may only
 * shrink: an entry that no longer matches fails too.
 */

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'static' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const FILES = [...sources('src'), ...sources('views')];
const text = new Map(FILES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
/** The code without comments (so a comment may name what the code must not do). */
const code = (f: string) =>
  text
    .get(f)!
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** Repo files and the write kernel: the only places for SQL (decision 0001). */
const isRepo = (f: string) => /(^|\/)repo(\.ts|\/)/.test(f) || f === 'src/kernel/write.ts';
const featureOf = (f: string) => /^src\/features\/([^/]+)\//.exec(f)?.[1];

/** Relative imports of a file, resolved to repository paths (without extension). */
function imports(f: string): { spec: string; target: string; typeOnly: boolean }[] {
  return [...code(f).matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gm)].map((m) => ({
    spec: m[3]!,
    target: relative(ROOT, resolve(join(ROOT, dirname(f)), m[3]!))
      .split('\\')
      .join('/'),
    typeOnly: !!m[2],
  }));
}

function sqlIn(f: string): string[] {
  const c = code(f);
  const found: string[] = [];
  if (/^import\s+(?!type\b)[^;]*from\s+'drizzle-orm[^']*'/m.test(c)) found.push('imports drizzle-orm');
  if (/\bsql`/.test(c)) found.push('sql`…`');
  for (const m of c.matchAll(
    /\b(db|tx|client|\$client)\.(select|insert|update|delete|run|all|get|values|batch|execute)\(/g,
  ))
    found.push(m[0]);
  return found;
}

/**
 * Outside repo files, who may still touch SQL, and why. Seeds, bench and scripts are outside
 * `src/` and not held to the rule (the seeds' bulk loader writes in bulk on purpose).
 */
const SQL_ALLOWED: Record<string, string> = {
  // An operator tool working on database files, not on the app's data: VACUUM INTO a copy,
  // integrity_check and row counts of a candidate file, before the app may open it.
  'src/backup.ts': 'file-level backup and restore checks (decision 0016)',
  // On shutdown the Node entry folds the WAL into the file so a copy taken afterwards is whole.
  'src/node.ts': 'PRAGMA wal_checkpoint on shutdown',
};

/** Cross-feature imports still allowed, each with its reason. Key: `importer -> target`. */
const CROSS_FEATURE_ALLOWED: Record<string, string> = {
  // The export filters exactly the rows the catalogue list shows: it reuses the list's WHERE
  // clause, a SQL fragment, which only a repo may hold.
  'src/features/transfer/repo.ts -> src/features/catalogue/repo/applications':
    'reuses the catalogue list filter as SQL',
};

/** `as unknown as` left in src, each with its reason; none may be in the write path. */
const CASTS_ALLOWED: Record<string, string> = {
  'src/domain/spec-import/wsdl.ts': "fast-xml-parser's metadata symbol is typed as a string key",
  'src/features/transfer/parse.ts': "csv-parse's `info: true` records are not in its return type",
  'src/kernel/http/cache.ts': 'Hono needs c.res unset before a 304 replaces it',
  'src/kernel/http/response-cache.ts': 'Hono needs c.res unset before a kept answer replaces it',
};

/** The write path: services, repos and the write kernel. */
const isWritePath = (f: string) => isRepo(f) || /service\.ts$/.test(f) || f.startsWith('src/kernel/notify/');

describe('the rules of the house', () => {
  it('keeps SQL and the drizzle query builder in repo files and kernel/write.ts', () => {
    const found: Record<string, string[]> = {};
    for (const f of FILES) {
      if (isRepo(f)) continue;
      const s = sqlIn(f);
      if (s.length) found[f] = s;
    }
    expect(Object.keys(found).sort()).toEqual(Object.keys(SQL_ALLOWED).sort());
  });

  it('finds SQL where there is some (the check can fail)', () => {
    expect(sqlIn('src/features/registry/repo.ts').length).toBeGreaterThan(0);
    expect(sqlIn('src/features/registry/service.ts')).toEqual([]);
  });

  it('lets a feature reach another only through its service (and types, schemas, views), never its repo or routes', () => {
    const found: string[] = [];
    for (const f of FILES) {
      const from = featureOf(f);
      if (!from) continue;
      for (const i of imports(f)) {
        const m = /^src\/features\/([^/]+)\/(.+)$/.exec(i.target);
        if (!m || m[1] === from) continue;
        const part = m[2]!;
        const forbidden = /^repo(\/|$)/.test(part) || /^(web|api)(\/|$)/.test(part);
        if (forbidden) found.push(`${f} -> ${i.target}`);
      }
    }
    expect(found.sort()).toEqual(Object.keys(CROSS_FEATURE_ALLOWED).sort());
  });

  it("keeps a feature's routes to their own service, schemas and views (plus the kernel)", () => {
    const found: string[] = [];
    for (const f of FILES) {
      const from = featureOf(f);
      if (!from || !/\/(web|api)(\.tsx?$|\/)/.test(f)) continue;
      for (const i of imports(f)) {
        if (i.target === `src/features/${from}/repo` || i.target.startsWith(`src/features/${from}/repo/`))
          found.push(`${f} -> ${i.target}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has no `as unknown as` in the write path, and only the listed ones elsewhere', () => {
    const found = FILES.filter((f) => /as unknown as/.test(code(f)));
    expect(found.filter(isWritePath)).toEqual([]);
    expect(found.sort()).toEqual(Object.keys(CASTS_ALLOWED).sort());
  });

  it('never writes in a GET handler', () => {
    // Exported service functions that build or run a write.
    const writers = new Set<string>();
    for (const f of FILES.filter((f) => /service\.ts$/.test(f))) {
      for (const m of code(f).matchAll(/^export async function (\w+)\(([\s\S]*?)^\}/gm)) {
        if (/new Batch\(|\.run\(db|db\.batch\(/.test(m[2]!)) writers.add(m[1]!);
      }
    }
    expect(writers.has('createApplication')).toBe(true);
    expect(
      writesOnGet(
        `web.get('/x', async (c) => show(c));\nasync function show(c) { await svc.createApplication(db); }`,
        writers,
      ),
    ).toEqual(['GET /x -> createApplication']);
    const found: string[] = [];
    let handlers = 0;
    for (const f of FILES.filter((f) => featureOf(f) && /\/(web|api)(\.tsx?$|\/)/.test(f))) {
      handlers += [...code(f).matchAll(GET_ROUTE)].length;
      found.push(...writesOnGet(code(f), writers).map((w) => `${f} ${w}`));
    }
    expect(handlers).toBeGreaterThan(40);
    expect(found).toEqual([]);
  });
});

const GET_ROUTE = /\b\w+\.get\(\s*'(\/[^']*)'/g;

/** Calls to `writers` from GET handlers in `c`, and from the local helpers they call (one level). */
function writesOnGet(c: string, writers: Set<string>): string[] {
  const found = new Set<string>();
  for (const m of c.matchAll(GET_ROUTE)) {
    const body = callBody(c, m.index! + m[0].indexOf('('));
    const helpers = [...body.matchAll(/\b(\w+)\(/g)]
      .map((h) => new RegExp(`(?:function ${h[1]}\\(|const ${h[1]} = )`).exec(c))
      .filter((h): h is RegExpExecArray => !!h)
      .map((h) => {
        const params = callBody(c, c.indexOf('(', h.index + h[0].length - 1));
        return callBody(c, c.indexOf('{', c.indexOf(params, h.index) + params.length), '{', '}');
      });
    for (const part of [body, ...helpers]) {
      for (const call of part.matchAll(/\.(\w+)\(/g)) {
        if (writers.has(call[1]!)) found.add(`GET ${m[1]} -> ${call[1]}`);
      }
    }
  }
  return [...found];
}

/** The text from the bracket at `open` to its match, skipping string and template literals. */
function callBody(c: string, open: number, left = '(', right = ')'): string {
  let depth = 0;
  for (let i = open; i < c.length; i++) {
    const ch = c[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      for (i++; i < c.length && c[i] !== ch; i++) if (c[i] === '\\') i++;
    } else if (ch === left) depth++;
    else if (ch === right && --depth === 0) return c.slice(open, i + 1);
  }
  return c.slice(open);
}
