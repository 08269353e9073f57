/**
 * Catalogue functions inferred from a proposal's free text, through a curated vocabulary
 * (seeds/data/function-vocabulary.ts): each inferred function with a confidence and the words of
 * the proposal that triggered it. Pure: the vocabulary is compiled once from data passed in.
 * docs/decisions/0021-inferred-functions-and-clusters.md explains the choices.
 */
import { stem } from './text';

/** How much one matched phrase says about its function (combined as independent evidence). */
export const INFERENCE_WEIGHTS = {
  /** A word or phrase that on its own names the function ("musrenbang", "akta kelahiran"). */
  strong: 0.9,
  /** The function's own title, Indonesian or English. */
  title: 0.8,
  /** A phrase of several ordinary words that points at the function. */
  phrase: 0.6,
  /** One ordinary word that points at the function but occurs elsewhere too. */
  word: 0.4,
  /** A national service's name: people name services they integrate with as often as the ones they copy. */
  service: 0.45,
  /** Evidence found in the name counts this much more (capped below 1). */
  nameBoost: 1.15,
  /** Functions below this confidence are not inferred: one ordinary word is never enough. */
  minConfidence: 0.55,
  /** At most this many inferred functions, the most confident first. */
  max: 6,
} as const;

export interface VocabularySource {
  version: string;
  functions: { code: string; title: string; titleEn: string; strong?: string[]; terms?: string[] }[];
  services: { service: string; functions: string[]; strong: string[] }[];
}

interface Phrase {
  keys: string[];
  /** The phrase's words lower-cased: a one-word phrase must be that very word. */
  exact: string[];
  weight: number;
  functions: string[];
}

/** The vocabulary as a lookup by first word, built once per source. */
export interface CompiledVocabulary {
  version: string;
  byFirst: Map<string, Phrase[]>;
}

export interface InferredFunction {
  code: string;
  /** 0..1: the chance the proposal performs this function, from the evidence found. */
  confidence: number;
  /** The proposal's own words that triggered it, as written. */
  words: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text as written (accents folded), with where each ends and its matching key. */
export function words(text: string): { word: string; key: string; start: number; end: number }[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '');
  return [...folded.matchAll(WORD)].map((m) => ({
    word: m[0],
    key: stem(m[0].toLowerCase()),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const keysOf = (phrase: string) => words(phrase).map((w) => w.key);
const exactOf = (phrase: string) => words(phrase).map((w) => w.word.toLowerCase());

/** Compiles a vocabulary; phrases without any word are skipped. */
export function compileVocabulary(src: VocabularySource): CompiledVocabulary {
  const byFirst = new Map<string, Phrase[]>();
  const add = (text: string, weight: number, functions: string[]) => {
    const keys = keysOf(text);
    const exact = exactOf(text);
    if (keys.length === 0) return;
    const list = byFirst.get(keys[0]!) ?? [];
    // The same phrase for the same functions from two sources counts once, at its best weight.
    const id = (keys.length > 1 ? keys : exact).join(' ');
    const same = list.find(
      (p) =>
        (p.keys.length > 1 ? p.keys : p.exact).join(' ') === id && p.functions.join() === functions.join(),
    );
    if (same) same.weight = Math.max(same.weight, weight);
    else list.push({ keys, exact, weight, functions });
    byFirst.set(keys[0]!, list);
  };
  const W = INFERENCE_WEIGHTS;
  for (const f of src.functions) {
    // A title's parenthesised abbreviation ("(SKP)", "(RPJMD/RKPD)") is strong on its own.
    const bare = f.title.replace(/\(([^)]*)\)/g, ' ').trim();
    for (const abbr of f.title.match(/\(([^)]*)\)/g) ?? [])
      for (const a of abbr.slice(1, -1).split('/')) add(a, W.strong, [f.code]);
    add(bare, W.title, [f.code]);
    add(f.titleEn, W.title, [f.code]);
    for (const s of f.strong ?? []) add(s, W.strong, [f.code]);
    for (const t of f.terms ?? []) add(t, keysOf(t).length > 1 ? W.phrase : W.word, [f.code]);
  }
  for (const s of src.services) for (const t of s.strong) add(t, W.service, s.functions);
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { version: src.version, byFirst };
}

/**
 * The functions a proposal's name and description say it performs. Every phrase found counts
 * once per function as independent evidence (confidence = 1 − Π(1 − weight)); phrases are
 * matched at every position, so "akta kelahiran" counts both as a strong phrase and for its
 * word "kelahiran". Functions in `exclude` (already picked) are left out.
 */
export function inferFunctions(
  vocab: CompiledVocabulary,
  name: string,
  description: string,
  opts: { exclude?: ReadonlySet<string> } = {},
): InferredFunction[] {
  const W = INFERENCE_WEIGHTS;
  const found = new Map<string, { missing: number; words: string[]; seen: Set<string> }>();
  const scan = (text: string, boost: number) => {
    const folded = text.normalize('NFKD').replace(/\p{M}/gu, '');
    const ws = words(text);
    const hits: { i: number; n: number; phrase: Phrase }[] = [];
    for (let i = 0; i < ws.length; i++) {
      for (const phrase of vocab.byFirst.get(ws[i]!.key) ?? []) {
        const n = phrase.keys.length;
        if (i + n > ws.length) continue;
        // Stems collide ("persuratan" and "surat" share one); in a phrase of several words the
        // words around make stems safe ("akta kematian" = "akta mati").
        // A one-word phrase that is itself a root matches its derived forms ("disposisi" in
        // "didisposisikan"), but a derived one only itself ("persuratan" is not "surat").
        if (n === 1 && ws[i]!.word.toLowerCase() !== phrase.exact[0] && ws[i]!.key !== phrase.exact[0])
          continue;
        let ok = true;
        for (let j = 1; j < n && ok; j++) ok = ws[i + j]!.key === phrase.keys[j];
        if (ok) hits.push({ i, n, phrase });
      }
    }
    // A phrase inside a longer phrase that names other functions is part of that phrase, not
    // evidence of its own: "rencana pengadaan barang/jasa" is planning, not a tender.
    const inside = (a: (typeof hits)[number], b: (typeof hits)[number]) =>
      b.n > a.n &&
      b.i <= a.i &&
      a.i + a.n <= b.i + b.n &&
      !b.phrase.functions.some((c) => a.phrase.functions.includes(c));
    for (const hit of hits) {
      if (hits.some((other) => inside(hit, other))) continue;
      const { i, n, phrase } = hit;
      // As written, hyphens included ("e-Surat"), but never across a line break.
      const surface = folded.slice(ws[i]!.start, ws[i + n - 1]!.end).replace(/\s+/g, ' ');
      const id = (n > 1 ? phrase.keys : phrase.exact).join(' ');
      for (const code of phrase.functions) {
        if (opts.exclude?.has(code)) continue;
        const f = found.get(code) ?? { missing: 1, words: [], seen: new Set<string>() };
        if (!f.seen.has(id)) {
          f.seen.add(id);
          f.missing *= 1 - Math.min(0.95, phrase.weight * boost);
        }
        if (!f.words.some((w) => w.toLowerCase() === surface.toLowerCase())) f.words.push(surface);
        found.set(code, f);
      }
    }
  };
  scan(name, W.nameBoost);
  scan(description, 1);
  return [...found.entries()]
    .map(([code, f]) => ({
      code,
      confidence: Math.round((1 - f.missing) * 1000) / 1000,
      // Longer phrases first: "akta kelahiran" says more than "kelahiran".
      words: dropContained(f.words),
    }))
    .filter((f) => f.confidence >= W.minConfidence)
    .sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code))
    .slice(0, W.max);
}

/** Drops a word already shown inside a longer phrase ("kelahiran" beside "akta kelahiran"). */
function dropContained(list: string[]): string[] {
  const lower = list.map((w) => ` ${w.toLowerCase()} `);
  return list
    .filter((_w, i) => !lower.some((o, j) => j !== i && o.length > lower[i]!.length && o.includes(lower[i]!)))
    .sort((a, b) => b.length - a.length);
}
