import { createClient } from '@libsql/client/web';
import type { ExecutionContext } from 'hono';
import { createDb, type Db } from '../db/client';
import { createApp } from './app';
import { parseConfig } from './config';
import { runClustering } from './features/rationalisation/service';
import { httpMailer } from './kernel/mail-http';
import { pureHasher } from './kernel/password';

/**
 * Cloudflare Workers entry: the same app, with libSQL over HTTP (Turso or sqld). Configuration
 * comes from the environment bindings and is parsed once per isolate and bindings object; no
 * state kept here is needed for correctness.
 */
type Env = Record<string, string | undefined>;

const apps = new WeakMap<object, { app: ReturnType<typeof createApp>; db: Db }>();

function appFor(env: Env) {
  let entry = apps.get(env);
  if (!entry) {
    const config = parseConfig(env);
    if (!/^(https?|libsql):\/\//.test(config.DATABASE_URL)) {
      throw new Error(
        'DATABASE_URL must be a libsql://, https:// or http:// URL on Workers (no local files)',
      );
    }
    const client = createClient({ url: config.DATABASE_URL, authToken: config.DATABASE_AUTH_TOKEN });
    // Workers cannot open SMTP connections through this app; mail goes to the HTTP mail API.
    const from = config.MAIL_FROM ?? config.SMTP_FROM;
    const mailer =
      config.MAIL_API_URL && from ? httpMailer(config.MAIL_API_URL, config.MAIL_API_TOKEN, from) : undefined;
    const db = createDb(client);
    entry = { app: createApp({ db, config, passwords: pureHasher, mailer }), db };
    apps.set(env, entry);
  }
  return entry;
}

/** What a cron trigger hands the `scheduled` handler (the parts used here). */
interface ScheduledEvent {
  cron: string;
  scheduledTime: number;
}

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    return appFor(env).app.fetch(request, env, ctx);
  },
  /**
   * Cron trigger (wrangler.toml `[triggers]`): recomputes the national picture (issue 17). A
   * scheduled invocation serves no request, so the job's turns cost nothing here.
   */
  scheduled(_event: ScheduledEvent, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(runClustering(appFor(env).db).then(() => undefined));
  },
};
