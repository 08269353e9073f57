import { sql } from 'drizzle-orm';
import * as v from 'valibot';
import type { Db } from '../../db/client';
import { SearchQuery } from '../../src/features/search/schemas';
import { search } from '../../src/features/search/service';
import type { LabelledQuery } from './labelled-queries';

/** Results looked at per query: a query whose answer is not among them scores 0. */
export const DEPTH = 20;

export interface QueryOutcome {
  q: string;
  kind: LabelledQuery['kind'];
  /** 1-based rank of the first accepted result, or null beyond DEPTH. */
  rank: number | null;
  top: string[];
}

export interface Evaluation {
  mrr: number;
  /** Share of queries answered first. */
  first: number;
  /** Share answered within the first 10 (a page). */
  page: number;
  outcomes: QueryOutcome[];
}

/** Maps the labels' keys to `type:id` of the seeded national rows (reference data). */
async function keyIndex(db: Db): Promise<Map<string, string>> {
  const rows = await db.all<{ key: string; hit: string }>(sql`
    select 'app:' || acronym as key, 'application:' || id as hit from applications where confidence is not null
    union all
    select 'api:' || p.name, 'api:' || p.id from apis p join applications a on a.id = p.application_id
      where a.confidence is not null
    union all
    select 'fn:' || code, 'function:' || id from functions
    union all
    select 'de:' || code, 'dataEntity:' || id from data_entities`);
  return new Map(rows.map((r) => [r.key, r.hit]));
}

/** Runs each query through the catalogue search (the service behind /cari and the API). */
export async function evaluate(db: Db, queries: LabelledQuery[]): Promise<Evaluation> {
  const keys = await keyIndex(db);
  const outcomes: QueryOutcome[] = [];
  for (const lq of queries) {
    const accepted = new Set(
      lq.accept.map((k) => {
        const hit = keys.get(k);
        if (!hit) throw new Error(`labelled query "${lq.q}": unknown key ${k}`);
        return hit;
      }),
    );
    const r = await search(db, v.parse(SearchQuery, { q: lq.q, pageSize: String(DEPTH) }));
    const hits = r.items.map((i) => `${i.type}:${i.id}`);
    const at = hits.findIndex((h) => accepted.has(h));
    outcomes.push({
      q: lq.q,
      kind: lq.kind,
      rank: at < 0 ? null : at + 1,
      top: r.items.slice(0, 3).map((i) => `${i.type}:${i.title.map((s) => s.text).join('')}`),
    });
  }
  const n = outcomes.length;
  const rr = outcomes.map((o) => (o.rank ? 1 / o.rank : 0));
  return {
    mrr: rr.reduce((a, b) => a + b, 0) / n,
    first: outcomes.filter((o) => o.rank === 1).length / n,
    page: outcomes.filter((o) => o.rank !== null && o.rank <= 10).length / n,
    outcomes,
  };
}
