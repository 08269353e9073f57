/**
 * A small Prometheus registry (counters and histograms, text exposition format 0.0.4) that
 * runs on Node and Workers alike. One registry per app instance, created by `createApp`:
 * metrics are per process (per isolate on Workers) and nothing depends on them for correctness.
 */

type Labels = Record<string, string>;

/** Seconds; request latencies from 5 ms to 10 s. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map(
      (k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
    )
    .join(',');
}

function withLabels(name: string, key: string, extra?: string): string {
  const all = [key, extra].filter(Boolean).join(',');
  return all ? `${name}{${all}}` : name;
}

/** A monotonically increasing count, by label set. */
export class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const key = labelKey(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  /** The current count for exactly these labels (0 when never counted). */
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [key, value] of this.values) lines.push(`${withLabels(this.name, key)} ${value}`);
    return lines.join('\n');
  }
}

/** Observations in cumulative buckets, with their sum and count, by label set. */
export class Histogram {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[] = LATENCY_BUCKETS,
  ) {}
  observe(labels: Labels, value: number): void {
    const key = labelKey(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) s.counts[i]!++;
    s.sum += value;
    s.count++;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [key, s] of this.series) {
      this.buckets.forEach((b, i) => {
        lines.push(`${withLabels(`${this.name}_bucket`, key, `le="${b}"`)} ${s.counts[i]}`);
      });
      lines.push(`${withLabels(`${this.name}_bucket`, key, 'le="+Inf"')} ${s.count}`);
      lines.push(`${withLabels(`${this.name}_sum`, key)} ${s.sum}`);
      lines.push(`${withLabels(`${this.name}_count`, key)} ${s.count}`);
    }
    return lines.join('\n');
  }
}

/** The application's metrics. */
export function createMetrics() {
  const requests = new Counter('http_requests_total', 'HTTP requests by method, route pattern and status.');
  const duration = new Histogram(
    'http_request_duration_seconds',
    'HTTP request latency by method and route pattern.',
  );
  const dbErrors = new Counter(
    'db_errors_total',
    'Database errors that failed a request or a readiness check.',
  );
  const overlapChecks = new Counter('overlap_checks_total', 'Overlap checks run, by where they ran.');
  const overlapDuration = new Histogram('overlap_check_duration_seconds', 'Overlap check latency.');
  const responseCache = new Counter(
    'response_cache_total',
    'Anonymous reads the response cache answered (hit) or had rendered (miss).',
  );
  const admission = new Counter(
    'admission_total',
    'Anonymous reads started at once (immediate), after waiting for a turn (waited) or refused with 503 (refused).',
  );
  const all = [requests, duration, dbErrors, overlapChecks, overlapDuration, responseCache, admission];
  return {
    requests,
    admission,
    responseCache,
    duration,
    dbErrors,
    overlapChecks,
    overlapDuration,
    /** Text exposition format (Content-Type `text/plain; version=0.0.4`). */
    render: () => `${all.map((m) => m.render()).join('\n')}\n`,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
