/**
 * Profiling aid: wall and CPU time of one overlap shape on a 30k database.
 *   npx tsx scripts/profile-shape.ts <db>
 */
import * as v from 'valibot';
import { openNodeDb } from '../db/open';
import { parseConfig } from '../src/config';
import { OverlapInput } from '../src/features/overlap/schemas';
import { checkOverlap } from '../src/features/overlap/service';

const db = await openNodeDb(
  parseConfig({ DATABASE_URL: `file:${process.argv[2]}`, DEMO_APPS: '0', SECURE_COOKIES: 'false' }),
);
const shapes = {
  eoffice: {
    name: 'e-Office Pemerintah Kabupaten Banyumas',
    description:
      'Aplikasi persuratan elektronik untuk naskah dinas masuk dan keluar serta disposisi berjenjang dari kepala perangkat daerah sampai staf. Surat ditandatangani dengan TTE yang terhubung ke layanan BSrE dan tersimpan sebagai arsip digital.',
    functions: ['RAL.02.06.01', 'RAL.02.06.02', 'RAL.02.06.03'],
    dataEntities: ['RAD.10.02.01'],
  },
  level2: { name: 'Aplikasi kepegawaian', functions: ['RAB.09.06'] },
  esurat: {
    name: 'e-Surat Kabupaten Sleman',
    description:
      'Aplikasi persuratan dinas: surat masuk dan surat keluar dicatat, didisposisikan pimpinan secara berjenjang, ditandatangani elektronik dan diarsipkan.',
  },
};
for (const [k, s] of Object.entries(shapes)) {
  (globalThis as { __prof?: Record<string, number> }).__prof = {};
  const input = v.parse(OverlapInput, s);
  for (let i = 0; i < 3; i++) await checkOverlap(db, input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 20; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await checkOverlap(db, input);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // Stage marks, when temporary performance.now() marks are added to checkOverlap.
  const pr = (globalThis as { __prof?: Record<string, number> }).__prof ?? {};
  let prev = 0;
  console.log(
    Object.entries(pr)
      .map(([n, t]) => {
        const d = (t - prev) / 23;
        prev = t;
        return `${n} ${d.toFixed(1)}`;
      })
      .join(', '),
  );
  console.log(
    `${k}: wall p50 ${wall[10]!.toFixed(1)} cpu p50 ${cpu[10]!.toFixed(1)} cpu max ${cpu[19]!.toFixed(1)}`,
  );
}
process.exit(0);
