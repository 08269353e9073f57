/**
 * Profiling aid: the SQL one catalogue search runs, with its arguments written in, to
 * /tmp/search.sql (statements separated by a blank line), for timing parts of it in sqlite3.
 *   npx tsx scripts/dump-search-sql.ts 'q=data pegawai&agency=74' [path/to/db]
 */
import { writeFileSync } from 'node:fs';
import type { InStatement } from '@libsql/client';
import * as v from 'valibot';
import { openNodeDb } from '../db/open';
import { parseConfig } from '../src/config';
import { SearchQuery } from '../src/features/search/schemas';
import { search } from '../src/features/search/service';

const q = process.argv[2] ?? 'data pegawai';
const config = parseConfig({
  DATABASE_URL: `file:${process.argv[3] ?? '/tmp/katalog-bench-search-30000-7-100000.db'}`,
  DEMO_APPS: '0',
  LOG_REQUESTS: 'false',
});
const db = await openNodeDb(config, {});
const client = db.$client as unknown as Record<
  string,
  (s: InStatement | InStatement[], ...rest: unknown[]) => unknown
>;
const out: string[] = [];
const lit = (a: unknown) => (typeof a === 'string' ? `'${a.replace(/'/g, "''")}'` : String(a));
for (const m of ['execute', 'batch']) {
  const orig = client[m]!.bind(client);
  client[m] = (s, ...rest) => {
    for (const st of Array.isArray(s) ? s : [s]) {
      const text = typeof st === 'string' ? st : st.sql;
      const args = (typeof st === 'string' || !Array.isArray(st.args) ? [] : st.args) as unknown[];
      let i = 0;
      out.push(`${text.replace(/\?/g, () => lit(args[i++]))};`);
    }
    return orig(s, ...rest);
  };
}
await search(db, v.parse(SearchQuery, Object.fromEntries(new URLSearchParams(q))));
writeFileSync('/tmp/search.sql', out.join('\n\n'));
console.log(out.length, 'statements');
