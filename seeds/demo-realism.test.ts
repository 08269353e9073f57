import { describe, expect, it } from 'vitest';
import { createTestDb } from '../test/support/db';
import { abbreviates, DEMO_SOURCE_NOTE, generateDemo } from './demo';
import { TEMPLATES } from './demo-vocabulary';

/** English words that no Indonesian agency puts in an application's name (loanwords they do use, like "Online", are not here). */
const ENGLISH_FILLER = [
  'tourism',
  'smart',
  'city',
  'center',
  'centre',
  'mobile',
  'service',
  'services',
  'system',
  'management',
  'information',
  'application',
  'visit',
  'command',
  'v2',
];

/** Words a ministry or national agency would not use about itself. */
const REGIONAL_WORDS = /perangkat daerah|pemerintah daerah|\bOPD\b/i;

describe('demo data a civil servant would believe', () => {
  it('at 3,000 applications: varied Indonesian names, acronyms that abbreviate, text that fits the agency', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 3000, seed: 42 });
    const rows = (
      await db.$client.execute({
        sql: `select a.name, a.acronym, a.description, a.unit, g.kind from applications a
                join agencies g on g.id = a.agency_id where a.source_note = ?`,
        args: [DEMO_SOURCE_NOTE],
      })
    ).rows.map((r) => ({
      name: String(r.name),
      acronym: r.acronym === null ? null : String(r.acronym),
      description: String(r.description),
      unit: String(r.unit),
      kind: String(r.kind),
    }));
    expect(rows).toHaveLength(3000);

    // Many distinct names (30,000 applications need at least 3,000; here at least a third are distinct).
    const distinct = new Set(rows.map((r) => r.name.toLowerCase())).size;
    expect(distinct / rows.length).toBeGreaterThan(1 / 3);

    const english = rows.filter((r) =>
      r.name
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .some((w) => ENGLISH_FILLER.includes(w)),
    );
    expect(english.map((r) => r.name)).toEqual([]);

    const bad = rows.filter((r) => r.acronym !== null && !abbreviates(r.acronym, r.name));
    expect(bad.map((r) => `${r.acronym} ≠ ${r.name}`)).toEqual([]);
    // Most still have one, as agencies do.
    expect(rows.filter((r) => r.acronym).length / rows.length).toBeGreaterThan(0.5);

    const central = rows.filter((r) => r.kind === 'kementerian' || r.kind === 'lembaga');
    expect(central.length).toBeGreaterThan(100);
    expect(central.filter((r) => REGIONAL_WORDS.test(r.description)).map((r) => r.description)).toEqual([]);
    expect(central.filter((r) => /daerah/i.test(r.unit)).map((r) => r.unit)).toEqual([]);
    expect(central.filter((r) => /daerah/i.test(r.name)).map((r) => r.name)).toEqual([]);
  }, 120_000);

  it('keeps about half the applications as local copies of national services', () => {
    const total = TEMPLATES.reduce((s, t) => s + t.weight, 0);
    const copies = TEMPLATES.filter((t) => t.duplicates).reduce((s, t) => s + t.weight, 0);
    expect(copies / total).toBeGreaterThan(0.4);
    expect(copies / total).toBeLessThan(0.65);
  });

  it('an acronym abbreviates its name', () => {
    expect(abbreviates('SIMPEG', 'Sistem Informasi Manajemen Kepegawaian')).toBe(true);
    expect(abbreviates('SIKEPDA', 'Sistem Informasi Kepegawaian Daerah')).toBe(true);
    expect(abbreviates('e-Office', 'e-Office')).toBe(false);
    expect(abbreviates('Tourism', 'Sistem Informasi Pariwisata')).toBe(false);
    expect(abbreviates(null, 'e-Surat')).toBe(false);
  });
});
