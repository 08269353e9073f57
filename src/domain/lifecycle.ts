import type { AppStatus } from '../../db/schema/applications';

/**
 * The application lifecycle of DESIGN.md, as one table:
 * draft → proposed → (approved | rejected | returned → proposed) → active → retired.
 * An application that already runs may be registered (or a draft completed) as active directly.
 */
export const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'proposed' },
  approve: { from: ['proposed'], to: 'approved' },
  reject: { from: ['proposed'], to: 'rejected' },
  return: { from: ['proposed'], to: 'returned' },
  activate: { from: ['draft', 'approved'], to: 'active' },
  retire: { from: ['active'], to: 'retired' },
  reopen: { from: ['retired'], to: 'active' },
} as const satisfies Record<string, { from: readonly AppStatus[]; to: AppStatus }>;

export type LifecycleAction = keyof typeof TRANSITIONS;

export type TransitionResult = { ok: true; to: AppStatus } | { ok: false; reason: string };

const STATUS_LABEL: Record<AppStatus, string> = {
  draft: 'draf / draft',
  proposed: 'diusulkan / proposed',
  approved: 'disetujui / approved',
  rejected: 'ditolak / rejected',
  returned: 'dikembalikan / returned',
  active: 'aktif / active',
  retired: 'dihentikan / retired',
};

/** Where `action` takes an application in status `from`, or why it cannot. Pure. */
export function transition(from: AppStatus, action: LifecycleAction): TransitionResult {
  const t = TRANSITIONS[action];
  if ((t.from as readonly AppStatus[]).includes(from)) return { ok: true, to: t.to };
  return {
    ok: false,
    reason: `Aksi "${action}" tidak berlaku untuk status ${STATUS_LABEL[from]}; hanya dari ${t.from
      .map((s) => STATUS_LABEL[s])
      .join(', ')} / "${action}" is not allowed from this status`,
  };
}

/** Statuses in which the owning agency may still change or delete everything freely. */
export const DELETABLE_STATUSES: readonly AppStatus[] = ['draft'];
/** Statuses frozen while (or after) a reviewer looks at them: no edits until returned. */
export const FROZEN_STATUSES: readonly AppStatus[] = ['proposed', 'rejected'];
