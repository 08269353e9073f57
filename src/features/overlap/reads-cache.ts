import type { Db } from '../../../db/client';
import type { AppStatus } from '../../../db/schema/applications';
import { readDataVersion } from '../../../db/version';
import type { PostingList } from '../../domain/overlap';
import { contentTerms } from '../../domain/text';
import { readAll } from '../../kernel/repo';
import * as repo from './repo';

/**
 * The catalogue reads an overlap check repeats from one check to the next — posting lists (who
 * performs a function, whose text holds a word) and candidate profiles (an application's name,
 * description, functions and data entities) — kept per database handle **for one data version**
 * (db/version.ts, decision 0031): every check reads the version in its first round trip, and a
 * different version empties the cache before anything is taken from it. A save is therefore
 * seen by the very next check, as without the cache; what is kept is only what the database
 * would answer at that version. Decision 0043 has the measurements (about 40% of a check's time
 * at 30,000 applications was these reads).
 *
 * Bounded: at most POSTINGS lists, PROFILES applications and CODES sets of codes per handle, the
 * oldest dropped first. A check thread has its own handle, so its own cache.
 */
export const POSTINGS = 4_000;
export const PROFILES = 10_000;
/** Proposals' codes with their statistics kept (a local database only: see `codesAndStats`). */
export const CODES = 2_000;

/** A candidate's profile with its normalised content terms (name, acronym and description). */
export type ProfileRow = repo.CandidateRow & { terms: string[] };

const withTerms = (a: repo.CandidateRow): ProfileRow => ({
  ...a,
  terms: contentTerms(`${a.name} ${a.acronym ?? ''} ${a.description}`),
});

interface Reads {
  version: number;
  statuses: string;
  postings: Map<string, number[]>;
  /** Full profiles (every function, every data entity); null: not published (not a candidate). */
  profiles: Map<number, ProfileRow | null>;
  /** National services' ids with one of the statuses, in id order. */
  national: number[] | null;
  codes: Map<string, CodesAndStats>;
}

/** The first read of a check: the codes it names, resolved, and their rarity statistics. */
export interface CodesAndStats {
  fns: repo.ResolvedFunction[];
  parents: { code: string; id: number; title: string }[];
  entities: { code: string; id: number; name: string }[];
  stats: repo.FunctionStats;
}

const byDb = new WeakMap<Db, Reads>();
let enabled = true;

/** Turns the cache off (or on again) in this thread: the benchmark's cold runs, and tests. */
export function setOverlapReadCache(on: boolean): void {
  enabled = on;
}

function readsFor(db: Db, version: number, statuses: readonly AppStatus[]): Reads | null {
  if (!enabled) return null;
  const key = [...statuses].sort().join(',');
  let r = byDb.get(db);
  if (!r || r.version !== version || r.statuses !== key) {
    r = {
      version,
      statuses: key,
      postings: new Map(),
      profiles: new Map(),
      national: null,
      codes: new Map(),
    };
    byDb.set(db, r);
  }
  return r;
}

/**
 * The codes a check names and their statistics, with the data version. On a remote database one
 * batch reads them all (one round trip, as without the cache). On a local file, where a statement
 * is no round trip, the version is read first and the rest is answered from memory when the same
 * codes were read at that version.
 */
export async function codesAndStats(
  db: Db,
  functionCodes: readonly string[],
  parentCodes: readonly string[],
  entityCodes: readonly string[],
  statuses: readonly AppStatus[],
): Promise<CodesAndStats & { version: number }> {
  // Built only when read: a kept answer needs no SQL text.
  const reads = () =>
    [
      repo.functionsByCodesRead(functionCodes),
      repo.parentsByCodesRead(parentCodes),
      repo.dataEntitiesByCodesRead(entityCodes),
      repo.functionStatsByCodesRead(functionCodes, parentCodes, statuses),
    ] as const;
  if (!enabled || db.$client.protocol !== 'file') {
    const [fns, parents, entities, stats, version] = await readAll(db, [...reads(), repo.dataVersionRead()]);
    return { fns, parents, entities, stats, version };
  }
  const version = await readDataVersion(db);
  const kept = readsFor(db, version, statuses)!;
  const key = JSON.stringify([functionCodes, parentCodes, entityCodes]);
  let found = kept.codes.get(key);
  if (!found) {
    const [fns, parents, entities, stats] = await readAll(db, reads());
    found = { fns, parents, entities, stats };
    remember(kept.codes, key, found, CODES);
  }
  return { ...found, version };
}

const postingKey = (l: PostingList, limit: number) =>
  `${l.kind}:${l.kind === 'term' ? l.term : l.id}:${limit}`;

function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number) {
  if (map.size >= max) map.delete(map.keys().next().value as K);
  map.set(key, value);
}

/** `repo.postingLists`, answering the lists already read at this version from memory. */
export async function postingLists(
  db: Db,
  version: number,
  statuses: readonly AppStatus[],
  lists: readonly { list: PostingList; limit: number }[],
): Promise<number[][]> {
  const reads = readsFor(db, version, statuses);
  if (!reads) return repo.postingLists(db, lists);
  const keys = lists.map((l) => postingKey(l.list, l.limit));
  const answer = new Map<string, number[]>();
  for (const k of keys) {
    const hit = reads.postings.get(k);
    if (hit) answer.set(k, hit);
  }
  const missing = lists.filter((_, i) => !answer.has(keys[i]!));
  if (missing.length) {
    const found = await repo.postingLists(db, missing);
    missing.forEach((l, i) => {
      const key = postingKey(l.list, l.limit);
      answer.set(key, found[i] ?? []);
      remember(reads.postings, key, found[i] ?? [], POSTINGS);
    });
  }
  return keys.map((k) => answer.get(k) ?? []);
}

/**
 * `repo.candidateProfiles` (the given ids and every national service with one of `statuses`),
 * answering the applications already read at this version from memory. The rows are the same
 * the repository gives for the same options, with their content terms, in id order.
 */
export async function candidateProfiles(
  db: Db,
  version: number,
  ids: readonly number[],
  statuses: readonly AppStatus[],
  opts: { excludeId?: number; functions?: boolean; entities?: readonly number[] } = {},
): Promise<ProfileRow[]> {
  const reads = readsFor(db, version, statuses);
  if (!reads) return (await repo.candidateProfiles(db, ids, statuses, opts)).map(withTerms);
  const answer = new Map<number, ProfileRow | null>();
  for (const id of new Set([...ids, ...(reads.national ?? [])])) {
    const hit = reads.profiles.get(id);
    if (hit !== undefined) answer.set(id, hit);
  }
  const missing = [...new Set(ids)].filter((id) => !answer.has(id));
  const nationalMissing = (reads.national ?? []).filter((id) => !answer.has(id));
  if (!reads.national || missing.length || nationalMissing.length) {
    // One query whatever is missing (one round trip on a remote database): the national services
    // come with it the first time, as the repository adds them.
    const found = await repo.candidateProfiles(db, [...missing, ...nationalMissing], statuses, {
      functions: true,
      allEntities: true,
      withoutNational: !!reads.national,
    });
    if (!reads.national) reads.national = found.filter((a) => a.scope === 'national').map((a) => a.id);
    const byId = new Map(found.map((a) => [a.id, withTerms(a)]));
    for (const id of new Set([...missing, ...nationalMissing, ...reads.national])) {
      if (answer.has(id)) continue;
      const row = byId.get(id) ?? null;
      answer.set(id, row);
      remember(reads.profiles, id, row, PROFILES);
    }
  }
  const entities = opts.entities?.length ? new Set(opts.entities) : null;
  const out: ProfileRow[] = [];
  for (const [id, a] of answer) {
    if (!a || id === opts.excludeId) continue;
    out.push({
      ...a,
      functions: opts.functions ? a.functions : [],
      dataEntities: entities ? a.dataEntities.filter((e) => entities.has(e.id)) : [],
    });
  }
  return out.sort((x, y) => x.id - y.id);
}
