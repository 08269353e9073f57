import type { AppStatus } from '../../db/schema/applications';
import { type Message, msg } from '../kernel/i18n';

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

export type TransitionResult = { ok: true; to: AppStatus } | { ok: false; reason: Message };

/** Where `action` takes an application in status `from`, or why it cannot (a message key). Pure. */
export function transition(from: AppStatus, action: LifecycleAction): TransitionResult {
  const t = TRANSITIONS[action];
  if ((t.from as readonly AppStatus[]).includes(from)) return { ok: true, to: t.to };
  const label = (s: AppStatus) => msg(`status.${s}`);
  return {
    ok: false,
    reason: msg('lifecycle.notAllowed', {
      action,
      status: label(from),
      allowed:
        t.from.length === 1
          ? label(t.from[0])
          : msg('lifecycle.either', { a: label(t.from[0]), b: label(t.from[1] ?? t.from[0]) }),
    }),
  };
}

/** Statuses in which the owning agency may still change or delete everything freely. */
export const DELETABLE_STATUSES: readonly AppStatus[] = ['draft'];
/** Statuses frozen while (or after) a reviewer looks at them: no edits until returned. */
export const FROZEN_STATUSES: readonly AppStatus[] = ['proposed', 'rejected'];
