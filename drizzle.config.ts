import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  // FTS5 virtual tables and their shadow tables live in custom migrations; keep drizzle-kit away.
  tablesFilter: ['!*_fts', '!*_fts_*'],
});
