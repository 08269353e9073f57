import { createClient } from '@libsql/client';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../db/client';
import { makeUser } from '../test/support/auth';
import { createTestDbFile } from '../test/support/db';
import { LABELLED_PROPOSALS } from '../test/support/labelled-proposals';
import { parseConfig } from './config';
import { OverlapInput } from './features/overlap/schemas';
import { checkOverlap } from './features/overlap/service';
import { CreateApplicationInput } from './features/registry/schemas';
import { createApplication } from './features/registry/service';
import { Invalid } from './kernel/errors';
import { threadOverlapChecker } from './overlap-check-node';

const path = await createTestDbFile();
const db = createDb(createClient({ url: `file:${path}` }));
const config = parseConfig({ DATABASE_URL: `file:${path}`, DEMO_APPS: '0', LOG_REQUESTS: 'false' });
const threads = threadOverlapChecker(config, 2);
afterAll(() => threads.close());

const inputOf = (p: (typeof LABELLED_PROPOSALS)[number]) =>
  v.parse(OverlapInput, {
    name: p.name,
    description: p.description,
    functions: p.functions ?? [],
    dataEntities: p.dataEntities ?? [],
  });

describe('overlap checks on worker threads', () => {
  it('answers exactly what the check on the request thread answers', async () => {
    for (const p of LABELLED_PROPOSALS.slice(0, 12)) {
      const input = inputOf(p);
      const [threaded, inline] = await Promise.all([threads(db, input), checkOverlap(db, input)]);
      expect(threaded, p.id).toEqual(inline);
    }
  });

  it('answers the same report as JSON text when asked for it (the API sends it as it comes)', async () => {
    for (const p of LABELLED_PROPOSALS.slice(12, 18)) {
      const input = inputOf(p);
      const text = await threads.json(db, input);
      expect(typeof text).toBe('string');
      expect(JSON.parse(text), p.id).toEqual(await checkOverlap(db, input));
    }
    const error = await threads
      .json(db, v.parse(OverlapInput, { name: 'Aplikasi Persuratan', functions: ['RAB.99.99.99'] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
  });

  it('refuses unknown codes field by field, as the inline check does', async () => {
    const input = v.parse(OverlapInput, {
      name: 'Aplikasi Persuratan',
      description: 'Surat masuk dan keluar',
      functions: ['RAB.99.99.99'],
      dataEntities: ['RAD.99.99.99'],
    });
    const error = await threads(db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fields.map((f) => f.field)).toEqual(['functions.0', 'dataEntities.0']);
    expect(error).toEqual(await checkOverlap(db, input).catch((e: unknown) => e));
  });

  it('sees a save committed on another connection at the next check', async () => {
    const name = 'Sistem Antrean Pasien Puskesmas Wonosari';
    const input = v.parse(OverlapInput, { name, description: 'Antrean pasien puskesmas dan poli' });
    const before = await threads(db, input);
    expect(before.matches.map((m) => m.application.name)).not.toContain(name);
    const owner = await makeUser(db, 'operator', '35.07', 'operator@malang.go.id');
    await createApplication(
      db,
      owner,
      v.parse(CreateApplicationInput, {
        name,
        description: 'Antrean pasien puskesmas dan poli',
        status: 'active',
      }),
    );
    const after = await threads(db, input);
    expect(after.matches[0]?.application.name).toBe(name);
  });

  it('checks on the request thread when no check thread can start', async () => {
    const broken = threadOverlapChecker({ ...config, DATABASE_URL: 'file:/nonexistent/katalog.db' }, 1);
    try {
      const input = inputOf(LABELLED_PROPOSALS[0]!);
      // Sent before the thread failed (it waits in the queue) and after.
      expect(await broken(db, input)).toEqual(await checkOverlap(db, input));
      expect(await broken(db, input)).toEqual(await checkOverlap(db, input));
    } finally {
      await broken.close();
    }
  });
});
