import type { OverlapReport } from '../overlap/service';

/** At most this many reasons are asked for a submission: national services first, then local groups. */
export const MAX_REASONS = 5;

/** One reason the operator must give for not reusing what already exists. */
export type ReasonAsked =
  | { kind: 'shared'; key: string; name: string; agency: string }
  | { kind: 'cluster'; key: string; label: string; size: number; agencies: number; memberIds: number[] };

/**
 * The reasons a submission needs: one per flagged national service and one per flagged group of
 * local look-alikes (a reason covers the whole group), at most MAX_REASONS. Each is keyed by an
 * application id (the group's example) so the form field is `justifications.<id>`.
 */
export function reasonsAsked(report: Pick<OverlapReport, 'shared' | 'clusters'>): ReasonAsked[] {
  const shared: ReasonAsked[] = report.shared
    .filter((s) => s.flagged)
    .map((s) => ({
      kind: 'shared',
      key: String(s.application.id),
      name: s.application.acronym ?? s.application.name,
      agency: s.application.agency.name,
    }));
  const clusters: ReasonAsked[] = report.clusters
    .filter((g) => g.flagged)
    .map((g) => ({
      kind: 'cluster',
      key: String(g.example.id),
      label: g.label,
      size: g.size,
      agencies: g.agencies,
      memberIds: g.applicationIds,
    }));
  return [...shared, ...clusters].slice(0, MAX_REASONS);
}

/** The reason given for an application: its own, or its group's (given under any member's id). */
export function reasonFor(
  asked: readonly ReasonAsked[],
  justifications: Record<string, string>,
  applicationId: number,
): string | null {
  const own = justifications[String(applicationId)]?.trim();
  if (own) return own;
  for (const r of asked) {
    if (r.kind !== 'cluster' || !r.memberIds.includes(applicationId)) continue;
    const given = [r.key, ...r.memberIds.map(String)].map((k) => justifications[k]?.trim()).find(Boolean);
    if (given) return given;
  }
  return null;
}
