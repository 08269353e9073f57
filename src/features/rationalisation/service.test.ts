import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../seeds/demo';
import { createTestDb } from '../../../test/support/db';
import {
  agencyPicture,
  nationalPicture,
  PICTURE_MAX_AGE_MS,
  refreshNationalPicture,
  refreshNationalPictureIfStale,
  runClustering,
  scheduleNationalPicture,
} from './service';

describe('the clustering job', () => {
  it('stores the clusters of the demo catalogue with the time it computed them, replacing the last run', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 400, seed: 5 });
    expect((await nationalPicture(db, {})).run).toBeNull();

    const first = await runClustering(db);
    expect(first.clusters).toBeGreaterThan(5);
    const picture = await nationalPicture(db, {});
    expect(picture.run!.computedAt.getTime()).toBe(first.computedAt.getTime());
    const [largest, second] = picture.clusters.items;
    expect(largest!.size).toBeGreaterThanOrEqual(second!.size);
    expect(largest!.applicationIds).toHaveLength(largest!.size);
    expect(picture.run!.summary.sharedCoverage.instances).toBeGreaterThan(0);
    // The letters cluster is covered by SRIKANDI, a national service.
    const covered = picture.clusters.items.filter((c) => c.national);
    expect(covered.map((c) => c.national!.acronym)).toContain('SRIKANDI');

    const again = await refreshNationalPicture(db);
    const later = await nationalPicture(db, {});
    expect(later.run!.computedAt.getTime()).toBe(again.computedAt.getTime());
    expect(later.clusters.total).toBe(picture.clusters.total);
    // Cluster ids of the older run are gone, not reused.
    expect(later.clusters.items[0]!.id).toBeGreaterThan(picture.clusters.items.at(-1)!.id);
  });

  it('filters the largest clusters by agency kind and province', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 300, seed: 2 });
    await runClustering(db);
    const all = await nationalPicture(db, {});
    const kota = await nationalPicture(db, { kind: 'kota' });
    expect(kota.clusters.total).toBeLessThanOrEqual(all.clusters.total);
    const nowhere = await nationalPicture(db, { province: '99' });
    expect(nowhere.clusters.total).toBe(0);
  });

  it('gives clusters of support functions (RAL) their sector too, and filters by either kind of sector', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 300, seed: 2 });
    await runClustering(db);
    const all = await nationalPicture(db, {});
    expect(all.options.sectors.map((s) => s.code)).toEqual(expect.arrayContaining(['RAB.09', 'RAL.02']));
    // The letters cluster (RAL.02.06: naskah dinas) is a government support service.
    const letters = all.clusters.items.find((c) => c.national?.acronym === 'SRIKANDI');
    expect(letters?.sector).toBe('RAL.02');
    const ral = await nationalPicture(db, { sector: 'RAL.02' });
    expect(ral.clusters.items.map((c) => c.id)).toContain(letters!.id);
    expect(ral.clusters.items.every((c) => c.sector === 'RAL.02')).toBe(true);
    const rab = await nationalPicture(db, { sector: 'RAB.09' });
    expect(rab.clusters.items.every((c) => c.sector === 'RAB.09')).toBe(true);
    expect(rab.clusters.total + ral.clusters.total).toBeLessThanOrEqual(all.clusters.total);
    // Every cluster of the demo has a sector now.
    expect(all.clusters.items.filter((c) => c.sector === null)).toEqual([]);
  });

  it('gives an agency its covered applications and its clusters with the other agencies in them', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 400, seed: 5 });
    await runClustering(db);
    const picture = await nationalPicture(db, {});
    const top = picture.run!.summary.agencies.find((a) => a.clusters > 0 && a.covered > 0)!;
    const { rows } = await db.$client.execute({
      sql: 'select id from agencies where code = ?',
      args: [top.code],
    });
    const view = await agencyPicture(db, Number(rows[0]!.id));
    expect(view!.covered).toHaveLength(top.covered);
    expect(view!.clusters).toHaveLength(top.clusters);
    expect(view!.clusters[0]!.peers.length).toBeGreaterThan(0);
    expect(view!.clusters[0]!.peers.map((p) => p.code)).not.toContain(top.code);
  });
});

describe('the national picture on a long-running server', () => {
  it('is computed when missing, kept while fresh, and recomputed once it is older than allowed', async () => {
    const db = await createTestDb();
    await generateDemo(db, { apps: 200, seed: 4 });
    const errors: unknown[] = [];
    const computed = async () => (await nationalPicture(db, {})).run?.computedAt.getTime();

    const stop = scheduleNationalPicture(db, { onError: (e) => errors.push(e) });
    await expect.poll(computed, { timeout: 10_000 }).toBeTypeOf('number');
    stop();
    const first = await computed();

    // Fresh: a restart's check leaves it as it is; older than allowed (here: any age), recomputed.
    expect(await refreshNationalPictureIfStale(db, PICTURE_MAX_AGE_MS)).toBe(false);
    expect(await computed()).toBe(first);
    expect(await refreshNationalPictureIfStale(db, 0)).toBe(true);
    expect(await computed()).toBeGreaterThan(first!);
    expect(errors).toEqual([]);
  });
});
