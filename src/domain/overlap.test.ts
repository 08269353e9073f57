import { describe, expect, it } from 'vitest';
import {
  type CandidateProfile,
  candidateLists,
  dataOverlap,
  type FunctionStats,
  functionOverlap,
  kthLargest,
  OVERLAP_WEIGHTS,
  type ProposalProfile,
  rankCandidates,
  rarity,
  scoreCandidate,
  sharedCoverage,
  textOverlap,
} from './overlap';

// Functions 1–3 under parent 10, function 4 under parent 20. Function 1 is in every application.
const stats: FunctionStats = {
  applications: 1000,
  functionDf: new Map([
    [1, 1000],
    [2, 10],
    [3, 10],
    [4, 50],
  ]),
  parentDf: new Map([
    [10, 1000],
    [20, 50],
  ]),
};
const fn = (id: number, parentId: number) => ({ kind: 'function' as const, id, parentId });
const proposal = (p: Partial<ProposalProfile>): ProposalProfile => ({
  functions: [],
  dataEntities: [],
  nameTerms: [],
  descriptionTerms: [],
  ...p,
});
const candidate = (c: Partial<CandidateProfile>): CandidateProfile => ({
  id: 1,
  functions: [],
  dataEntities: [],
  terms: [],
  ...c,
});

describe('rarity', () => {
  it('weights rare functions more than ubiquitous ones, with a floor', () => {
    expect(rarity(10, 1000)).toBeGreaterThan(rarity(500, 1000));
    expect(rarity(1000, 1000)).toBe(0.2);
  });
});

describe('functionOverlap', () => {
  it.each([
    ['no function picked', [], [], null],
    [
      'every function performed',
      [fn(2, 10), fn(3, 10)],
      [
        { id: 2, parentId: 10 },
        { id: 3, parentId: 10 },
      ],
      1,
    ],
    ['none performed, no shared parent', [fn(4, 20)], [{ id: 2, parentId: 10 }], 0],
    ['only the parent shared', [fn(2, 10)], [{ id: 3, parentId: 10 }], OVERLAP_WEIGHTS.parentCredit],
    [
      'a level-2 code matched by any function under it',
      [{ kind: 'parent' as const, parentId: 20 }],
      [{ id: 4, parentId: 20 }],
      1,
    ],
  ])('%s', (_label, proposed, theirs, expected) => {
    const r = functionOverlap(proposal({ functions: proposed }), theirs, stats);
    if (expected === null) expect(r.score).toBeNull();
    else expect(r.score).toBeCloseTo(expected, 5);
  });

  it('lets a rare shared function outweigh a ubiquitous one', () => {
    const p = proposal({ functions: [fn(1, 10), fn(2, 10)] });
    const sharesRare = functionOverlap(p, [{ id: 2, parentId: 10 }], stats).score!;
    const sharesCommon = functionOverlap(p, [{ id: 1, parentId: 99 }], stats).score!;
    expect(sharesRare).toBeGreaterThan(0.8);
    expect(sharesCommon).toBeLessThan(0.2);
  });

  it('reports each match as evidence', () => {
    const r = functionOverlap(
      proposal({ functions: [fn(2, 10), fn(4, 20)] }),
      [
        { id: 3, parentId: 10 },
        { id: 4, parentId: 20 },
      ],
      stats,
    );
    expect(r.matches.map((m) => [m.proposed.kind === 'function' && m.proposed.id, m.match])).toEqual([
      [2, 'parent'],
      [4, 'exact'],
    ]);
  });
});

describe('dataOverlap', () => {
  it.each([
    ['no entity', [], [], null],
    ['mastered', [7], [{ id: 7, role: 'master' as const }], 1],
    ['produced', [7, 8], [{ id: 7, role: 'producer' as const }], 0.5],
    ['only consumed: integration, not duplication', [7], [{ id: 7, role: 'consumer' as const }], 0],
  ])('%s', (_label, ours, theirs, expected) => {
    expect(dataOverlap(proposal({ dataEntities: ours }), theirs).score).toBe(expected);
  });
});

describe('textOverlap', () => {
  it('weights name terms above description terms', () => {
    const p = proposal({ nameTerms: ['pegawai'], descriptionTerms: ['cuti', 'pangkat'] });
    expect(textOverlap(p, ['pegawai']).score).toBeCloseTo(2 / 4);
    expect(textOverlap(p, ['cuti']).score).toBeCloseTo(1 / 4);
    expect(textOverlap(p, ['pegawai', 'cuti']).matched).toEqual(['cuti', 'pegawai']);
  });

  it('is zero for an empty proposal', () => {
    expect(textOverlap(proposal({}), ['x']).score).toBe(0);
  });
});

describe('scoreCandidate', () => {
  it('flags a proposal whose rare functions and data the candidate masters', () => {
    const r = scoreCandidate(
      proposal({ functions: [fn(2, 10), fn(3, 10)], dataEntities: [7], nameTerms: ['pegawai'] }),
      candidate({
        functions: [
          { id: 2, parentId: 10 },
          { id: 3, parentId: 10 },
        ],
        dataEntities: [{ id: 7, role: 'master' }],
        terms: ['pegawai'],
      }),
      stats,
    );
    expect(r.score).toBeCloseTo(1);
    expect(r.flagged).toBe(true);
    expect(r.matchedDataEntities).toEqual([{ id: 7, role: 'master' }]);
  });

  it('does not flag an application that shares only a ubiquitous function', () => {
    const r = scoreCandidate(
      proposal({ functions: [fn(1, 10), fn(4, 20)], nameTerms: ['wisata'], descriptionTerms: ['destinasi'] }),
      candidate({ functions: [{ id: 1, parentId: 10 }], terms: ['arsip'] }),
      stats,
    );
    expect(r.flagged).toBe(false);
    expect(r.score).toBeLessThan(0.2);
  });

  it('rescales to text alone for a text-only proposal and flags on strong text', () => {
    const p = proposal({ nameTerms: ['surat'], descriptionTerms: ['naskah', 'disposisi', 'arsip'] });
    const strong = scoreCandidate(p, candidate({ terms: ['surat', 'naskah', 'disposisi'] }), stats);
    expect(strong.functionScore).toBeNull();
    expect(strong.score).toBeCloseTo(strong.textScore);
    expect(strong.flagged).toBe(true);
    const weak = scoreCandidate(p, candidate({ terms: ['arsip'] }), stats);
    expect(weak.flagged).toBe(false);
  });

  it('keeps every score within 0..1', () => {
    const r = scoreCandidate(
      proposal({ functions: [fn(2, 10)], dataEntities: [7, 8], nameTerms: ['a'], descriptionTerms: ['b'] }),
      candidate({
        functions: [{ id: 2, parentId: 10 }],
        dataEntities: [{ id: 7, role: 'master' }],
        terms: ['a', 'b'],
      }),
      stats,
    );
    for (const s of [r.score, r.functionScore!, r.dataScore!, r.textScore]) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});

describe('sharedCoverage', () => {
  it('is the weighted share of the proposal covered by the union of shared applications', () => {
    const p = proposal({ functions: [fn(2, 10), fn(4, 20)] });
    const a = candidate({ id: 100, functions: [{ id: 2, parentId: 10 }] });
    const b = candidate({ id: 200, functions: [{ id: 4, parentId: 20 }] });
    expect(sharedCoverage(p, [a, b], stats).coverage).toBeCloseTo(1);
    const onlyA = sharedCoverage(p, [a], stats);
    const w2 = rarity(10, 1000);
    const w4 = rarity(50, 1000);
    expect(onlyA.coverage).toBeCloseTo(w2 / (w2 + w4));
    expect(onlyA.coveredBy.get(100)).toEqual([0]);
  });

  it('is null when the proposal names no function', () => {
    expect(sharedCoverage(proposal({}), [], stats).coverage).toBeNull();
  });
});

describe('candidateLists', () => {
  const opts = { terms: 16, budget: 100, maxTermList: 500 };

  it('weights each list by what it adds to the combined score', () => {
    const p = proposal({
      functions: [fn(2, 10), fn(3, 10)],
      dataEntities: [7],
      nameTerms: ['pegawai'],
      descriptionTerms: ['cuti'],
    });
    const lists = candidateLists(p, stats, opts);
    expect(lists.map((l) => l.list)).toEqual([
      { kind: 'function', id: 2 },
      { kind: 'function', id: 3 },
      { kind: 'entity', id: 7 },
      { kind: 'term', term: 'pegawai' },
      { kind: 'term', term: 'cuti' },
    ]);
    // A candidate on every list has every part of the score: the weights add up to 1.
    expect(lists.reduce((sum, l) => sum + l.weight, 0)).toBeCloseTo(1);
    const full = scoreCandidate(
      p,
      candidate({
        functions: [
          { id: 2, parentId: 10 },
          { id: 3, parentId: 10 },
        ],
        dataEntities: [{ id: 7, role: 'master' }],
        terms: ['pegawai', 'cuti'],
      }),
      stats,
    );
    expect(full.score).toBeCloseTo(1);
    // The name term counts twice the description term, as in textOverlap.
    expect(lists[3]!.weight).toBeCloseTo(2 * lists[4]!.weight);
  });

  it('reads the rarest functions first, within the budget, and skips functions nobody performs', () => {
    const p = proposal({ functions: [fn(1, 10), fn(4, 20), fn(2, 10), fn(9, 10)] });
    // df: 1 → 1000 (over the budget), 4 → 50, 2 → 10, 9 → unknown (0).
    expect(candidateLists(p, stats, opts).map((l) => l.list)).toEqual([
      { kind: 'function', id: 2 },
      { kind: 'function', id: 4 },
    ]);
  });

  it('reads a level-2 code as the applications performing any function under it', () => {
    const p = proposal({ functions: [{ kind: 'parent', parentId: 20 }] });
    expect(candidateLists(p, stats, opts).map((l) => l.list)).toEqual([{ kind: 'parent', id: 20 }]);
  });

  it('bounds what the reader reads: entities share half the budget, terms have their own cap', () => {
    const p = proposal({ dataEntities: [7, 8], descriptionTerms: ['a', 'b', 'c'] });
    const lists = candidateLists(p, stats, { ...opts, terms: 2 });
    expect(lists.map((l) => [l.list.kind, l.max])).toEqual([
      ['entity', 25],
      ['entity', 25],
      ['term', 500],
      ['term', 500],
    ]);
  });
});

describe('rankCandidates', () => {
  const list = (weight: number, max = 100) => ({ weight, max });

  it('ranks by summed weight, ties by id, at most k', () => {
    const ranked = rankCandidates(
      [list(0.5), list(0.3), list(0.1)],
      [
        [5, 9],
        [9, 2, 7],
        [2, 7, 3],
      ],
      4,
    );
    expect(ranked).toEqual([9, 5, 2, 7]);
  });

  it('counts an application once per list and leaves out lists cut short by the reader', () => {
    const ranked = rankCandidates(
      [list(0.2), list(0.9, 2)],
      [
        [4, 4, 4, 6],
        [6, 1, 3],
      ],
      10,
    );
    // The second list holds 3 ids but may hold 2: it was cut, and counts for nobody.
    expect(ranked).toEqual([4, 6]);
  });

  it('starts every call from nothing (its working arrays are reused between calls)', () => {
    expect(rankCandidates([list(0.4), list(0.3)], [[3, 8], [8]], 5)).toEqual([8, 3]);
    // Same ids again, other weights: nothing carried over from the call before.
    expect(rankCandidates([list(0.1)], [[3, 8]], 5)).toEqual([3, 8]);
    // A larger id grows the arrays; the smaller ones are still counted from zero.
    expect(rankCandidates([list(0.2), list(0.2)], [[50_000, 3], [3]], 5)).toEqual([3, 50_000]);
    expect(rankCandidates([list(0.5)], [[8]], 5)).toEqual([8]);
  });

  it('returns nothing for no postings', () => {
    expect(rankCandidates([], [], 5)).toEqual([]);
    expect(rankCandidates([list(1)], [[]], 5)).toEqual([]);
  });

  it('agrees with sorting everything', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let t = 0; t < 200; t++) {
      const lists = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        list(Math.floor(random() * 4) / 4),
      );
      const postings = lists.map(() =>
        Array.from({ length: Math.floor(random() * 30) }, () => 1 + Math.floor(random() * 40)),
      );
      const k = 1 + Math.floor(random() * 20);
      const score = new Map<number, number>();
      postings.forEach((ids, i) => {
        for (const id of new Set(ids)) score.set(id, (score.get(id) ?? 0) + lists[i]!.weight);
      });
      const expected = [...score]
        .filter(([, s]) => s > 0)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, k)
        .map(([id]) => id);
      expect(rankCandidates(lists, postings, k)).toEqual(expected);
    }
  });
});

describe('kthLargest', () => {
  it('finds the k-th largest value, duplicates included', () => {
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let t = 0; t < 500; t++) {
      const values = Float64Array.from({ length: 1 + Math.floor(random() * 100) }, () =>
        Math.floor(random() * 8),
      );
      const k = 1 + Math.floor(random() * values.length);
      const expected = [...values].sort((a, b) => b - a)[k - 1];
      expect(kthLargest(values.slice(), k)).toBe(expected);
    }
  });
});
