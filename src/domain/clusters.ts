/**
 * Local look-alikes grouped: the agency applications an overlap check found, grouped when they
 * have the same name once the region is taken out ("SIMPEG Kabupaten Malang", "SIMPEG Kota
 * Batu") or perform the same of the proposal's functions. A reviewer reads "8 local copies of
 * SIMPEG in 8 agencies" once instead of eight rows, and the operator gives one reason for them.
 * Pure. docs/decisions/0021-inferred-functions-and-clusters.md.
 */
import { contentTerms } from './text';

export interface ClusterMember {
  id: number;
  name: string;
  acronym: string | null;
  agencyCode: string;
  agencyName: string;
  score: number;
  flagged: boolean;
  /** The proposal's functions (indexes or ids) this application performs exactly. */
  matchedFunctions: readonly number[];
}

export interface Cluster {
  label: string;
  members: ClusterMember[];
  agencies: number;
  score: number;
  flagged: boolean;
  example: ClusterMember;
}

/** Words naming where an application runs, not what it does. */
const PLACE_WORDS = new Set(
  [
    'kabupaten',
    'kab',
    'kota',
    'provinsi',
    'prov',
    'pemerintah',
    'pemkab',
    'pemkot',
    'pemprov',
    'daerah',
    'setda',
    'sekretariat',
    'dinas',
    'badan',
    'versi',
    'v2',
    'mobile',
    'terpadu',
    'online',
  ].flatMap((w) => contentTerms(w)),
);

/** The name without its place and agency words, as a key: "simpeg", "pegawai". */
export function nameKey(name: string, agencyName: string): string {
  const memoKey = `${name}\u0000${agencyName}`;
  const hit = nameKeys.get(memoKey);
  if (hit !== undefined) return hit;
  const own = new Set(contentTerms(agencyName));
  const kept = contentTerms(name).filter((t) => !own.has(t) && !PLACE_WORDS.has(t) && !/^\d+$/.test(t));
  const key = [...new Set(kept)].sort().join(' ');
  // A pure function's memo (an overlap check keys every look-alike candidate): bounded in size.
  if (nameKeys.size >= NAME_KEYS_SIZE) nameKeys.delete(nameKeys.keys().next().value as string);
  nameKeys.set(memoKey, key);
  return key;
}

const NAME_KEYS_SIZE = 20_000;
const nameKeys = new Map<string, string>();

/** An acronym without a region suffix: "SIMPEG-MLG" → "SIMPEG"; "e-Pegawai" stays. */
export function acronymBase(acronym: string | null): string | null {
  if (!acronym) return null;
  const m = /^(.{3,}?)[-\s]([A-Z]{2,5})$/.exec(acronym.trim());
  return (m ? m[1]! : acronym).trim();
}

/**
 * Groups members (already filtered to the look-alikes worth showing) by same name key or same
 * non-empty matched-function signature, transitively; best group first.
 */
export function clusterLookAlikes(members: readonly ClusterMember[]): Cluster[] {
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const byKey = new Map<string, number>();
  members.forEach((m, i) => {
    const keys = [
      `n:${nameKey(m.name, m.agencyName)}`,
      m.acronym ? `a:${acronymBase(m.acronym)!.toLowerCase()}` : null,
      m.matchedFunctions.length ? `f:${[...m.matchedFunctions].sort((a, b) => a - b).join(',')}` : null,
    ];
    for (const key of keys) {
      if (!key || key === 'n:') continue;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else union(seen, i);
    }
  });
  const groups = new Map<number, ClusterMember[]>();
  members.forEach((m, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), m]);
  });
  return [...groups.values()]
    .map((list) => {
      const sorted = [...list].sort((a, b) => b.score - a.score || a.id - b.id);
      const example = sorted[0]!;
      return {
        label: labelOf(sorted),
        members: sorted,
        agencies: new Set(sorted.map((m) => m.agencyCode)).size,
        score: example.score,
        flagged: sorted.some((m) => m.flagged),
        example,
      };
    })
    .sort(
      (a, b) =>
        Number(b.flagged) - Number(a.flagged) || b.score - a.score || b.members.length - a.members.length,
    );
}

/** The most common acronym (without region suffix) of the group, else its best member's name. */
function labelOf(members: ClusterMember[]): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const base = acronymBase(m.acronym);
    if (base) counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? best[0] : members[0]!.name;
}
