import { createClient } from '@libsql/client/web';
import type { ExecutionContext } from 'hono';
import { createDb } from '../db/client';
import { createApp } from './app';
import { parseConfig } from './config';
import { httpMailer } from './kernel/mail-http';
import { pureHasher } from './kernel/password';

/**
 * Cloudflare Workers entry: the same app, with libSQL over HTTP (Turso or sqld). Configuration
 * comes from the environment bindings and is parsed once per isolate and bindings object; no
 * state kept here is needed for correctness.
 */
type Env = Record<string, string | undefined>;

const apps = new WeakMap<object, ReturnType<typeof createApp>>();

function appFor(env: Env) {
  let app = apps.get(env);
  if (!app) {
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
    app = createApp({ db: createDb(client), config, passwords: pureHasher, mailer });
    apps.set(env, app);
  }
  return app;
}

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    return appFor(env).fetch(request, env, ctx);
  },
};
