import type { Db } from '../db/client';
import type { Config } from './config';
import type { Lang, Translate } from './i18n';

/** What the runtime entry point hands to `createApp`. */
export interface AppDeps {
  db: Db;
  config: Config;
}

/** The one Hono environment type every router and middleware uses. */
export type AppEnv = {
  Variables: {
    db: Db;
    config: Config;
    lang: Lang;
    t: Translate;
  };
};
