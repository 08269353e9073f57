import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../seeds/demo';
import { createTestDb } from '../../../test/support/db';
import { LABELLED_PROPOSALS } from '../../../test/support/labelled-proposals';
import { Invalid } from '../../kernel/errors';
import { OverlapInput } from './schemas';
import { checkOverlap, closestNationalServices } from './service';

const input = (x: Record<string, unknown>) => v.parse(OverlapInput, x);

describe('checkOverlap', () => {
  it('shows SRIKANDI covering a local letter application described in words only', async () => {
    const db = await createTestDb();
    const proposal = {
      name: 'e-Surat Kabupaten Sleman',
      description:
        'Aplikasi persuratan dinas: surat masuk dan surat keluar dicatat, didisposisikan pimpinan secara berjenjang, ditandatangani elektronik dan diarsipkan.',
    };
    const typed = `${proposal.name} ${proposal.description}`;
    const report = await checkOverlap(db, input(proposal));
    expect(Object.keys(report)).toEqual([
      'sharedCoverage',
      'shared',
      'clusters',
      'matches',
      'inferredFunctions',
    ]);
    const top = report.shared[0]!;
    expect(top.application.acronym).toBe('SRIKANDI');
    expect(top.application.scope).toBe('national');
    expect(top.flagged).toBe(true);
    expect(top.coveredFunctions.map((f) => f.title)).toContain('Naskah dinas masuk dan keluar');
    // The words as the proposal wrote them, never stems.
    expect(top.evidence.terms).toContain('e-Surat');
    for (const term of top.evidence.terms) expect(typed).toContain(term);
    expect(report.inferredFunctions.map((f) => f.code)).toEqual(
      expect.arrayContaining(['RAL.02.06.01', 'RAL.02.06.02']),
    );
    expect(report.inferredFunctions[0]!.words.length).toBeGreaterThan(0);
    // No procurement system is credited through shared words or a shared urusan.
    const covering = report.shared.filter((s) => s.coveredFunctions.length).map((s) => s.application.acronym);
    expect(covering).not.toEqual(expect.arrayContaining(['SPSE']));
    for (const p of ['SPSE', 'SIRUP', 'e-Katalog']) expect(covering).not.toContain(p);
    expect(report.sharedCoverage).toBeGreaterThan(0.5);
  });

  it('ranks SIASN first for a personnel proposal with functions and data picked, with evidence', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 300, seed: 3 });
    const report = await checkOverlap(
      db,
      input({
        name: 'SIMPEG Terpadu',
        description: 'Pengelolaan data pegawai, kenaikan pangkat dan pensiun.',
        functions: ['RAB.09.06.01', 'RAB.09.06.04', 'RAB.09.06.06'],
        dataEntities: ['RAD.09.06.01'],
      }),
    );
    const top = report.matches[0]!;
    expect(top.application.acronym).toBe('SIASN');
    expect(top.flagged).toBe(true);
    expect(top.evidence.functions.map((f) => f.code)).toEqual([
      'RAB.09.06.01',
      'RAB.09.06.04',
      'RAB.09.06.06',
    ]);
    expect(top.evidence.dataEntities).toEqual([
      { code: 'RAD.09.06.01', name: 'Data Pegawai ASN', role: 'master' },
    ]);
    expect(report.sharedCoverage).toBe(1);
    // Agency duplicates (demo SIMPEGs) are found too, below the national application.
    expect(report.matches.slice(1).some((m) => m.application.category === 'khusus' && m.flagged)).toBe(true);
  });

  it.each([
    [
      'Layanan Akta Kelahiran dan Kematian Online',
      'Warga mengajukan penerbitan akta kelahiran anak dan akta kematian anggota keluarga dari kelurahan, berkas diverifikasi petugas lalu akta dicetak di dinas.',
      'SIAK Terpusat',
    ],
    [
      'Basis Data Penerima Bantuan Sosial',
      'Pendataan keluarga miskin, usulan dan verifikasi validasi penerima bansos (PKH, BPNT) serta pemutakhiran DTKS oleh operator desa dan pendamping sosial.',
      'SIKS-NG',
    ],
  ])('names the national platform for a text-only proposal: %s', async (name, description, expected) => {
    const db = await createTestDb();
    const report = await checkOverlap(db, input({ name, description }));
    expect(report.shared[0]!.application.acronym).toBe(expected);
    expect(report.shared[0]!.flagged).toBe(true);
    expect(report.shared[0]!.coveredFunctions.length).toBeGreaterThan(0);
  });

  it('does not flag national applications for an unrelated service', async () => {
    const db = await createTestDb();
    const report = await checkOverlap(
      db,
      input({
        name: 'Visit Banyuwangi',
        description: 'Promosi destinasi wisata, agenda festival budaya dan pemesanan tiket objek wisata.',
        functions: ['RAB.02.11.01'],
      }),
    );
    expect(report.matches.filter((m) => m.application.category === 'umum' && m.flagged)).toEqual([]);
    expect(report.sharedCoverage).toBe(0);
  });

  it('accepts a level-2 code as a function and gives partial credit for a shared parent', async () => {
    const db = await createTestDb();
    const report = await checkOverlap(db, input({ name: 'Aplikasi kepegawaian', functions: ['RAB.09.06'] }));
    expect(report.matches[0]!.evidence.functions[0]).toMatchObject({ code: 'RAB.09.06', match: 'exact' });
  });

  it('reports unknown codes by field instead of dropping them', async () => {
    const db = await createTestDb();
    const error = await checkOverlap(
      db,
      input({ name: 'Uji', functions: ['RAB.09.06.01', 'RAB.09.06.98'], dataEntities: ['RAD.99.99.99'] }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fields.map((f) => f.field)).toEqual(['functions.1', 'dataEntities.0']);
  });

  it('leaves an application out of its own check', async () => {
    const db = await createTestDb();
    const row = await db.$client.execute(`select id from applications where acronym = 'SIASN'`);
    const id = Number(row.rows[0]!.id);
    const report = await checkOverlap(db, input({ name: 'SIASN', functions: ['RAB.09.06.01'] }), {
      excludeApplicationId: id,
    });
    expect(report.matches.map((m) => m.application.id)).not.toContain(id);
  });
});

describe('checkOverlap as the catalogue changes', () => {
  it('sees an application as soon as it is published, and no longer once it is not', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 200, seed: 5 });
    const exec = (sql: string, args: (string | number)[] = []) => db.$client.execute({ sql, args });
    const agency = Number((await exec('select id from agencies order by id limit 1')).rows[0]!.id);
    const inserted = await exec(
      `insert into applications (agency_id, name, acronym, description, category, status)
       values (?, 'Sistem Naskah Kedinasan Contoh', 'SINKON', ?, 'khusus', 'draft') returning id`,
      [agency, 'Penomoran naskah kedinasan, disposisi berjenjang dan pengarsipan surat keluar masuk.'],
    );
    const id = Number(inserted.rows[0]!.id);
    await exec(
      `insert into application_functions (application_id, function_id)
       select ?, id from functions where code in ('RAL.02.06.01', 'RAL.02.06.02')`,
      [id],
    );
    const proposal = input({
      name: 'e-Naskah Kedinasan',
      description: 'Penomoran naskah kedinasan dan disposisi berjenjang.',
      functions: ['RAL.02.06.01', 'RAL.02.06.02'],
    });
    const found = async () => (await checkOverlap(db, proposal)).matches.find((m) => m.application.id === id);

    expect(await found()).toBeUndefined();
    await exec(`update applications set status = 'active' where id = ?`, [id]);
    expect((await found())?.flagged).toBe(true);
    await exec(`update applications set status = 'rejected' where id = ?`, [id]);
    expect(await found()).toBeUndefined();
    await exec(`update applications set status = 'retired' where id = ?`, [id]);
    expect(await found()).toBeDefined();
    await exec('delete from applications where id = ?', [id]);
    expect(await found()).toBeUndefined();
  });

  it('finds a text-only duplicate among many applications sharing common words', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 300, seed: 9 });
    const exec = (sql: string, args: (string | number)[] = []) => db.$client.execute({ sql, args });
    const agency = Number((await exec('select id from agencies order by id desc limit 1')).rows[0]!.id);
    const inserted = await exec(
      `insert into applications (agency_id, name, description, category, status)
       values (?, 'Sistem Informasi Pemantauan Kualitas Air Sungai', ?, 'khusus', 'active') returning id`,
      [agency, 'Pemantauan kualitas air sungai dan sumur warga oleh laboratorium lingkungan.'],
    );
    const id = Number(inserted.rows[0]!.id);
    const report = await checkOverlap(
      db,
      input({
        name: 'Aplikasi Pemantauan Kualitas Air',
        description: 'Data pemantauan kualitas air sungai dari laboratorium lingkungan hidup.',
      }),
    );
    // Demo environment applications that also monitor river water may tie with it; it must be
    // flagged and score as high as the best match.
    const found = report.matches.find((m) => m.application.id === id);
    expect(found?.flagged).toBe(true);
    expect(found?.score).toBe(report.matches[0]?.score);
  });
});

describe('OverlapInput', () => {
  it.each([
    [{}, 'name'],
    [{ name: 'ab' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ name: 'Uji', description: 'x'.repeat(5001) }, 'description'],
    [{ name: 'Uji', functions: ['pegawai'] }, 'functions.0'],
    [{ name: 'Uji', functions: Array(51).fill('RAB.09.06.01') }, 'functions'],
    [{ name: 'Uji', dataEntities: ['RAD.1'] }, 'dataEntities.0'],
    [{ name: 12 }, 'name'],
  ])('refuses %j naming %s', (body, field) => {
    const r = v.safeParse(OverlapInput, body);
    expect(r.success).toBe(false);
    expect(r.issues!.map((i) => v.getDotPath(i))).toContain(field);
  });
});

describe('closestNationalServices', () => {
  it('names, for each of many proposals, the national service checkOverlap puts first under shared', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 150, seed: 4 });
    const inputs = LABELLED_PROPOSALS.filter((_, i) => i % 4 === 0).map((p) =>
      input({
        name: p.name,
        description: p.description,
        functions: p.functions,
        dataEntities: p.dataEntities,
      }),
    );
    inputs.push(input({ name: 'Aplikasi Tanpa Fungsi', description: 'Catatan internal.' }));
    const batch = await closestNationalServices(db, inputs);
    expect(batch).toHaveLength(inputs.length);
    const one = await Promise.all(inputs.map((i) => checkOverlap(db, i)));
    expect(batch).toEqual(
      one.map((r) => {
        const top = r.shared[0];
        return top
          ? {
              id: top.application.id,
              name: top.application.name,
              agency: top.application.agency,
              score: top.score,
            }
          : null;
      }),
    );
    expect(batch.filter(Boolean).length).toBeGreaterThan(inputs.length / 2);
    expect(batch.at(-1)).toBeNull();
  }, 60_000);
});
