import { describe, expect, it } from 'vitest';
import { createTestApp, getPage as page } from '../../../../test/support/app';

describe('GET /referensi', () => {
  it('lists the six domains with how many codes each holds', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/referensi');
    expect(body).toContain('<h1>Arsitektur Referensi SPBE</h1>');
    for (const d of ['RAB', 'RAL', 'RAD', 'RAA', 'RAI', 'RAK'])
      expect(body).toContain(`href="/referensi/${d}"`);
    expect(body).toContain('Referensi Arsitektur Proses Bisnis');
    expect(body).toMatch(/\d+ kode/);
  });
});

describe('GET /referensi/:domain', () => {
  it('shows a domain as a tree of level-1 and level-2 codes in both languages', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/referensi/RAB');
    expect(body).toContain('<h1>RAB — Referensi Arsitektur Proses Bisnis</h1>');
    expect(body).toMatch(/<li id="RAB\.09"><strong><code>RAB\.09<\/code> Pemerintahan Umum/);
    expect(body).toContain('<span class="alt" lang="en">General Government</span>');
    expect(body).toMatch(/<li id="RAB\.09\.06"><code>RAB\.09\.06<\/code> Aparatur Negara/);
    expect(body).toContain('<span class="alt" lang="en">State Apparatus</span>');
  });

  it('links level-2 business and service codes to their functions, data codes to their entities', async () => {
    const { app } = await createTestApp();
    expect(await page(app, '/referensi/RAB')).toContain('href="/fungsi?parent=RAB.09.06"');
    expect(await page(app, '/referensi/RAL')).toContain('href="/fungsi?parent=RAL.02.06"');
    const rad = await page(app, '/referensi/RAD');
    expect(rad).toContain('href="/data?parent=RAD.09.06"');
    expect(rad).not.toContain('href="/fungsi?parent=');
    const raa = await page(app, '/referensi/RAA');
    expect(raa).not.toContain('?parent=');
  });

  it('marks unconfirmed codes and gives a shared source note once per group', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/referensi/RAD');
    expect(body).toContain('belum dikonfirmasi</span>');
    expect(body).toContain('sumber sekunder</span>');
    const note = 'Data tematik diturunkan dari urusan RAB';
    const groups = (body.match(/<li id="RAD\.\d{2}">/g) ?? []).length;
    const notes = body.split(note).length - 1;
    expect(notes).toBeGreaterThan(0);
    expect(notes).toBeLessThanOrEqual(groups);
  });

  it('accepts a domain in lower case and answers an unknown one with a friendly 400', async () => {
    const { app } = await createTestApp();
    expect(await page(app, '/referensi/rak')).toContain('<h1>RAK — Referensi Arsitektur Keamanan</h1>');
    expect(await page(app, '/referensi/XYZ', 400)).toContain('RAB, RAL, RAD, RAA, RAI, RAK');
  });

  it('puts the English title first in English', async () => {
    const { app } = await createTestApp();
    const body = await page(app, '/referensi/RAB?lang=en');
    expect(body).toContain('<h1>RAB — Business process reference</h1>');
    expect(body).toContain('General Government <span class="alt" lang="id">Pemerintahan Umum</span>');
  });
});
