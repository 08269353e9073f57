import * as v from 'valibot';

/** The clearance key used when none is configured: public, so refused in production. */
export const DEVELOPMENT_CLEARANCE_KEY = 'development-only-clearance-key';

/** Where the database lives when DATABASE_URL is not set; created on first start. */
export const DEFAULT_DATABASE_URL = 'file:data/katalog.db';

/**
 * Every setting the app reads, validated once at the entry point. Nothing else reads
 * `process.env` or Worker bindings.
 */
const bool = (fallback: 'true' | 'false') =>
  v.optional(
    v.pipe(
      v.picklist(['true', 'false']),
      v.transform((s) => s === 'true'),
    ),
    fallback,
  );

const ConfigObject = v.object({
  /** Port to listen on (Node); 0 picks a free one. */
  PORT: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(65535)), '8787'),
  /** Address to listen on (Node): every interface by default, `127.0.0.1` for loopback only. */
  HOST: v.optional(v.pipe(v.string(), v.minLength(1)), '0.0.0.0'),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.minLength(1)), DEFAULT_DATABASE_URL),
  DATABASE_AUTH_TOKEN: v.optional(v.string()),
  /** libSQL embedded replica: a remote primary this node syncs from (Node only). */
  DATABASE_SYNC_URL: v.optional(v.string()),
  /**
   * Seconds between an embedded replica's pulls from its primary (it also pulls at start and
   * after its own writes); without it, other instances' writes appear only after a restart.
   */
  DATABASE_SYNC_INTERVAL: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(3600)),
  ),
  /** Public origin, used for absolute links (clearance verification URLs, OpenAPI servers). */
  PUBLIC_URL: v.optional(
    v.pipe(
      v.string(),
      v.url(),
      v.check((s) => /^https?:\/\/[^/]/i.test(s), 'must be an http:// or https:// URL'),
    ),
  ),
  /** `production` refuses the development clearance key and never creates demo accounts. */
  NODE_ENV: v.optional(v.string(), 'development'),
  /**
   * Creates a missing database file (and its folder) when set. Without it the server refuses to
   * start on a path that does not exist, so a typo cannot serve an empty catalogue; the default
   * `data/katalog.db` is always created.
   */
  DATABASE_CREATE: bool('false'),
  /** Demo applications loaded by `npm start` on an empty database; 0 disables. */
  DEMO_APPS: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(30000)),
    '2000',
  ),
  DEMO_SEED: v.optional(v.pipe(v.string(), v.toNumber(), v.integer()), '1'),
  /** Marks cookies `Secure`; off only for plain-HTTP local development and tests. */
  SECURE_COOKIES: bool('true'),
  /**
   * Key of the keyed hash that protects clearance (rekomendasi) content. Set a long random value
   * in production; changing it makes every issued clearance fail verification.
   */
  CLEARANCE_KEY: v.optional(
    v.pipe(v.string(), v.minLength(16, 'at least 16 characters')),
    DEVELOPMENT_CLEARANCE_KEY,
  ),
  /**
   * Behind a reverse proxy: take the client address from `X-Forwarded-For` (`true` = one proxy,
   * or the number of proxies in front). Off by default: the header is then ignored, since anyone
   * can send it.
   */
  TRUST_PROXY: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(true|false|[0-9])$/, 'true, false or the number of proxies (0–9)'),
      v.transform((s) => (s === 'true' ? 1 : s === 'false' ? 0 : Number(s))),
    ),
    'false',
  ),
  /**
   * SMTP relay for e-mail notifications (Node): `smtp://[user:pass@]host[:port]` (STARTTLS when
   * the server offers it) or `smtps://…` (TLS from the start, port 465). The in-app inbox works
   * without it.
   */
  SMTP_URL: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^smtps?:\/\/([^@/\s]+@)?[^/:@\s]+(:\d+)?\/?(\?\S*)?$/, 'smtp[s]://[user:pass@]host[:port]'),
    ),
  ),
  /**
   * HTTP mail API (Node and Workers): each message is POSTed as JSON
   * `{ from, to, subject, text }` with `Authorization: Bearer MAIL_API_TOKEN`. Used when SMTP_URL
   * is not set, and always on Workers.
   */
  MAIL_API_URL: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'http(s) URL'))),
  MAIL_API_TOKEN: v.optional(v.string()),
  /** Sender address of notification e-mail; `SMTP_FROM` is read when this is absent. */
  MAIL_FROM: v.optional(v.pipe(v.string(), v.email())),
  SMTP_FROM: v.optional(v.pipe(v.string(), v.email())),
  /** One JSON line per request on stdout (time, request id, method, path, status, duration, user id). */
  LOG_REQUESTS: bool('true'),
  /**
   * Memory for rendered anonymous pages and API reads, kept until the data changes (decision
   * 0031), in MiB; 0 turns the cache off.
   */
  RESPONSE_CACHE_MB: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(4096)),
    '32',
  ),
  /**
   * Seconds an anonymous answer kept by the response cache may still be sent after a save moved
   * the data on (decision 0031, amended): signed-in users always see the current data, the public
   * sees a save at most this much later. 0 makes every save visible at the next anonymous read.
   */
  RESPONSE_CACHE_GRACE_SECONDS: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(60)),
    '5',
  ),
  /**
   * Anonymous reads (pages, API reads, overlap checks) worked on at once; the others wait their
   * turn, while saves and signed-in requests pass straight through (decision 0039). 0: no limit.
   */
  PUBLIC_CONCURRENCY: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(1024)),
    '4',
  ),
  /** Anonymous reads that may wait for a turn; beyond that the server answers 503 at once. */
  PUBLIC_QUEUE: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(100_000)),
    '1000',
  ),
  /**
   * Worker threads for proposals' overlap checks on an embedded database (decision 0040); unset:
   * one per core beyond the first (at least one); 0: checks run on the request's thread.
   */
  OVERLAP_THREADS: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(64))),
  /**
   * Keep the overlap check's posting lists and candidate profiles between checks, for one data
   * version at a time (src/features/overlap/reads-cache.ts, decision 0043); `false` reads them
   * from the database on every check (the load benchmark's cold runs).
   */
  OVERLAP_READ_CACHE: bool('true'),
  /** Bearer token for `GET /metrics` (Prometheus); without it the endpoint does not exist. */
  METRICS_TOKEN: v.optional(v.pipe(v.string(), v.minLength(16, 'at least 16 characters'))),
  /** Seconds a shutdown waits for requests in flight before closing their connections (Node). */
  SHUTDOWN_TIMEOUT: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(600)),
    '10',
  ),
});

/** Every setting, with the rules that span several. */
export const ConfigSchema = v.pipe(
  ConfigObject,
  v.forward(
    v.check(
      (c) => !(c.SMTP_URL || c.MAIL_API_URL) || Boolean(c.MAIL_FROM ?? c.SMTP_FROM),
      'required when SMTP_URL or MAIL_API_URL is set',
    ),
    ['MAIL_FROM'],
  ),
);

export type Config = v.InferOutput<typeof ConfigSchema>;

/** Parses configuration from an env-like record; throws a readable message naming each bad key. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(ConfigObject.entries)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const result = v.safeParse(ConfigSchema, input);
  if (!result.success) {
    const lines = result.issues.map((i) => `  ${v.getDotPath(i) ?? '(config)'}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (result.output.NODE_ENV === 'production' && result.output.CLEARANCE_KEY === DEVELOPMENT_CLEARANCE_KEY) {
    throw new Error(
      'Invalid configuration:\n  CLEARANCE_KEY: set a long random key in production (the development key is public)',
    );
  }
  return result.output;
}
