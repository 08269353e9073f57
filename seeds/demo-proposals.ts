import { sql } from 'drizzle-orm';
import * as v from 'valibot';
import type { Db } from '../db/client';
import type { SessionUser } from '../src/features/accounts/repo';
import { userForLogin } from '../src/features/accounts/repo';
import {
  createProposal,
  proposalOverlap,
  submitProposal,
} from '../src/features/procurement/proposals-service';
import { reasonsAsked } from '../src/features/procurement/reasons';
import { decide } from '../src/features/procurement/review-service';
import { DecisionInput, ProposalFields } from '../src/features/procurement/schemas';

/**
 * Demo proposals in every state — submitted, returned, approved with a clearance, rejected as a
 * duplicate of SIASN — so the queue, the inbox and the decision log are never empty. Made through
 * the same services as the pages, by the demo operator and reviewer. Runs once.
 */
export async function createDemoProposals(db: Db, clearanceKey: string, now = Date.now()) {
  const existing = await db.get<{ n: number }>(sql`select count(*) as n from proposals`);
  if (existing.n > 0) return 0;
  const asUser = async (email: string): Promise<SessionUser | undefined> => {
    const u = await userForLogin(db, email);
    if (!u) return undefined;
    const { passwordHash: _p, active: _a, ...user } = u;
    return user;
  };
  const operator = await asUser('operator@demo.katalog.go.id');
  const reviewer = await asUser('penilai@demo.katalog.go.id');
  if (!operator || !reviewer) return 0;
  const siasn = await db.get<{ id: number } | undefined>(
    sql`select id from applications where acronym = 'SIASN'`,
  );
  const year = new Date(now).getUTCFullYear() + 1;
  const base = {
    acronym: null,
    kind: 'build',
    fiscalYear: year,
    kakUrl: 'https://contoh.malangkab.go.id/dokumen/kak.pdf',
    costBenefitUrl: 'https://contoh.malangkab.go.id/dokumen/analisis-biaya-manfaat.pdf',
  };
  const proposals = [
    {
      key: 'submitted',
      name: 'Sistem Informasi Persuratan Kabupaten Malang',
      description:
        'Surat masuk dan surat keluar, disposisi pimpinan, tanda tangan elektronik dan arsip dinamis perangkat daerah.',
      functions: ['RAL.02.06.01'],
      dataEntities: [],
      requestedBudget: 850_000_000,
      justification: 'Perangkat daerah masih memakai surat kertas.',
    },
    {
      key: 'returned',
      name: 'Aplikasi Perencanaan Pembangunan Desa Malang',
      description: 'Penyusunan RKP Desa dan musyawarah perencanaan pembangunan desa secara daring.',
      functions: [],
      dataEntities: [],
      requestedBudget: 600_000_000,
      justification: 'Desa menyusun RKP Desa secara manual.',
    },
    {
      key: 'approved',
      name: 'Sistem Pemantauan Irigasi Malang',
      description: 'Pemantauan debit air dan kondisi saluran irigasi desa dengan sensor dan laporan petugas.',
      functions: [],
      dataEntities: [],
      requestedBudget: 1_200_000_000,
      justification: 'Belum ada aplikasi pemantauan irigasi nasional.',
    },
    {
      key: 'rejected',
      name: 'SIMPEG Kabupaten Malang',
      description:
        'Sistem informasi kepegawaian: data pokok pegawai ASN, kenaikan pangkat, mutasi dan pensiun.',
      functions: ['RAB.09.06.01'],
      dataEntities: [{ code: 'RAD.09.06.01', role: 'master' as const }],
      requestedBudget: 2_000_000_000,
      justification: 'Pengelolaan kepegawaian daerah.',
    },
  ];
  let made = 0;
  for (const p of proposals) {
    const input = v.parse(ProposalFields, { ...base, ...p });
    const { id, applicationId } = await createProposal(db, operator, input);
    const report = await proposalOverlap(db, applicationId);
    // One reason for each national service and each group of look-alikes the service asks about.
    const justifications = Object.fromEntries(
      reasonsAsked(report).map((r) => [r.key, 'Data demo: alasan operator (sintetis).']),
    );
    const version = (
      await db.get<{ version: number }>(sql`select version from applications where id = ${applicationId}`)
    ).version;
    await submitProposal(db, operator, id, { version, justifications }, { now });
    made++;
    const decision =
      p.key === 'returned'
        ? {
            decision: 'returned',
            reasonCodes: ['missing_cost_benefit'],
            comment: 'Lengkapi analisis biaya-manfaat per desa.',
          }
        : p.key === 'approved'
          ? {
              decision: 'approved_with_conditions',
              reasonCodes: ['integrate_via_splp'],
              conditions: 'Data debit dibagikan melalui SPLP.',
              budgetCeiling: 1_000_000_000,
            }
          : p.key === 'rejected'
            ? {
                decision: 'rejected',
                reasonCodes: ['duplicates_shared_app'],
                comment: 'Gunakan SIASN (BKN); data kepegawaian daerah dikelola di sana.',
                suggestedApplications: siasn ? [siasn.id] : [],
              }
            : null;
    if (decision)
      await decide(db, reviewer, id, v.parse(DecisionInput, { round: 1, ...decision }), clearanceKey, {
        now: now + 60_000,
      });
  }
  return made;
}
