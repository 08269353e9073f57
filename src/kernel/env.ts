import type { Context } from 'hono';
import type { Db } from '../../db/client';
import type { Config } from '../config';
import type { SpecParser } from '../domain/spec-import';
import type { SessionUser } from '../features/accounts/repo';
import type { OverlapChecker } from '../features/overlap/checker';
import type { Digest } from './http/cache';
import type { Lang, Translate } from './i18n/index';
import type { Logger } from './log';
import type { Mailer } from './mail';
import type { Metrics } from './metrics';
import type { PasswordHasher } from './password';

/** What the runtime entry point hands to `createApp`. */
export interface AppDeps {
  db: Db;
  config: Config;
  /** Native argon2id on Node, pure JavaScript on Workers; both read the same PHC strings. */
  passwords: PasswordHasher;
  /** The client's address for sign-in throttling, as the runtime knows it. */
  clientAddress?: (c: Context) => string | undefined;
  /** Sends notification e-mail when SMTP is configured (Node); absent, only the inbox is used. */
  mailer?: Mailer;
  /** Where API specs are parsed: a worker thread on Node; inline when absent. */
  specParser?: SpecParser;
  /** Where proposals' overlap checks run: worker threads on Node (decision 0040); inline when absent. */
  overlapChecker?: OverlapChecker;
  /** Where request and error logs go; JSON lines on the console when absent. */
  log?: Logger;
  /** True once the process is shutting down (Node), so `/readyz` turns away new traffic. */
  draining?: () => boolean;
  /**
   * The entry point compresses the app's answers (Node: `withCompression` around `app.fetch`,
   * src/kernel/http/compress-node.ts), so the response cache keeps a gzip copy of each; false on
   * Workers, where the platform compresses.
   */
  compress?: boolean;
  /**
   * Bound the anonymous reads worked on at once (`PUBLIC_CONCURRENCY`, decision 0039): Node, where
   * local libSQL runs on the event loop. Not on Workers, where a request waits on the remote
   * database without holding the thread and the platform spreads load across isolates.
   */
  admission?: boolean;
  /**
   * The ETag's SHA-1: synchronous on Node (`nodeDigest`, src/kernel/digest-node.ts); Web Crypto
   * when absent (Workers), whose thread-pool round trip a busy Node server feels (decision 0049).
   */
  digest?: Digest;
}

/** The one Hono environment type every router and middleware uses. */
export type AppEnv = {
  Variables: {
    db: Db;
    config: Config;
    passwords: PasswordHasher;
    mailer: Mailer | null;
    specParser: SpecParser;
    overlapChecker: OverlapChecker;
    clientAddress: string;
    /** This request's id: `X-Request-Id` on the response, in its log lines and on the 500 page. */
    requestId: string;
    log: Logger;
    metrics: Metrics;
    draining: () => boolean;
    lang: Lang;
    t: Translate;
    /** Set by `queryRoute()`: a POST that only computes an answer (see kernel/http/errors). */
    queryRequest?: boolean;
    /** The signed-in user (session cookie or API token), null for the public. */
    user: SessionUser | null;
    /** How `user` was established; a bearer token is not subject to CSRF checks. */
    authVia: 'session' | 'token' | null;
    sessionId: string | null;
    /** The session's CSRF token, for forms and htmx headers. */
    csrf: string | null;
  };
};
