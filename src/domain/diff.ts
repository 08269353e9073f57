/** One changed field between two snapshots. Lists (functions, data entities, ...) show what was added and removed. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  added?: unknown[];
  removed?: unknown[];
}

const IGNORED = new Set(['version', 'updatedAt']);

/** The fields that differ between two snapshots of an entity, in a stable order. Pure. */
export function diffSnapshots(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChange[] {
  const a = before ?? {};
  const b = after ?? {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !IGNORED.has(k));
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const x = a[field] ?? null;
    const y = b[field] ?? null;
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (Array.isArray(x) || Array.isArray(y)) {
      const xs = (x ?? []) as unknown[];
      const ys = (y ?? []) as unknown[];
      const key = (v: unknown) => JSON.stringify(v);
      const xk = new Set(xs.map(key));
      const yk = new Set(ys.map(key));
      changes.push({
        field,
        before: x,
        after: y,
        added: ys.filter((v) => !xk.has(key(v))),
        removed: xs.filter((v) => !yk.has(key(v))),
      });
    } else {
      changes.push({ field, before: x, after: y });
    }
  }
  return changes;
}
