import { describe, expect, it } from 'vitest';
import {
  type CandidateProfile,
  dataOverlap,
  type FunctionStats,
  functionOverlap,
  OVERLAP_WEIGHTS,
  type ProposalProfile,
  rarity,
  scoreCandidate,
  sharedCoverage,
  textOverlap,
} from '../../src/domain/overlap';

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
