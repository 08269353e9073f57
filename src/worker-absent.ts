/**
 * Stands in, in the Worker bundle only (wrangler.toml `[alias]`), for the schema libraries
 * hono-openapi's converters import on demand (zod, effect, sury): a bundler would ship zod
 * (≈400 KB) and leave the others as imports workerd cannot resolve, but this app describes its
 * API with valibot only and never takes those paths.
 */
export {};
