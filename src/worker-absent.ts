/**
 * Stands in, in the Worker bundle only (wrangler.toml `[alias]`), for zod: hono-openapi's schema
 * libraries can convert zod schemas and import it on demand, so a bundler would ship ≈400 KB of
 * it, but this app describes its API with valibot only and never takes that path.
 */
export {};
