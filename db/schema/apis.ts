import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { createdAt, updatedAt } from './common';
import { dataEntities } from './data';

export const PROTOCOLS = ['rest', 'soap', 'graphql', 'event', 'file'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export const API_ACCESS = ['publik', 'terbatas'] as const;
export const API_AUTH = ['none', 'api_key', 'oauth2', 'basic', 'mtls', 'other'] as const;
export type ApiAccess = (typeof API_ACCESS)[number];
export type ApiAuth = (typeof API_AUTH)[number];
export const SPEC_FORMATS = ['openapi3', 'swagger2', 'wsdl'] as const;

/**
 * An API an application provides (Backstage: providesApi / apiProvidedBy). Unique per
 * application by (lower(name), api_version): index in the custom migration 0004.
 */
export const apis = sqliteTable(
  'apis',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    apiVersion: text('api_version').notNull().default('1'),
    description: text('description').notNull().default(''),
    protocol: text('protocol', { enum: PROTOCOLS }).notNull().default('rest'),
    baseUrl: text('base_url'),
    documentationUrl: text('documentation_url'),
    access: text('access', { enum: API_ACCESS }).notNull().default('terbatas'),
    auth: text('auth', { enum: API_AUTH }).notNull().default('other'),
    splpPublished: integer('splp_published', { mode: 'boolean' }).notNull().default(false),
    contactEmail: text('contact_email'),
    sourceNote: text('source_note'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('apis_application_idx').on(t.applicationId),
    index('apis_protocol_idx').on(t.protocol, t.access),
    index('apis_splp_idx').on(t.splpPublished),
    index('apis_name_idx').on(t.name),
  ],
);

/** The original spec document of an API, kept verbatim for download. */
export const apiSpecs = sqliteTable('api_specs', {
  apiId: integer('api_id')
    .primaryKey()
    .references(() => apis.id, { onDelete: 'cascade' }),
  format: text('format', { enum: SPEC_FORMATS }).notNull(),
  mediaType: text('media_type').notNull(),
  sourceUrl: text('source_url'),
  content: text('content').notNull(),
  sha256: text('sha256').notNull(),
  importedAt: createdAt(),
});

/** One operation extracted from a spec, for search and for the API detail page. */
export const apiOperations = sqliteTable(
  'api_operations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    apiId: integer('api_id')
      .notNull()
      .references(() => apis.id, { onDelete: 'cascade' }),
    method: text('method').notNull(),
    path: text('path').notNull(),
    operationId: text('operation_id'),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
    parameters: text('parameters', { mode: 'json' }).$type<unknown[]>().notNull().default([]),
    requestSchema: text('request_schema', { mode: 'json' }).$type<unknown>(),
    responseSchema: text('response_schema', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [index('api_operations_api_idx').on(t.apiId, t.path)],
);

/** Data entities an API exposes. */
export const apiDataEntities = sqliteTable(
  'api_data_entities',
  {
    apiId: integer('api_id')
      .notNull()
      .references(() => apis.id, { onDelete: 'cascade' }),
    dataEntityId: integer('data_entity_id')
      .notNull()
      .references(() => dataEntities.id),
  },
  (t) => [
    primaryKey({ columns: [t.apiId, t.dataEntityId] }),
    index('api_data_entities_entity_idx').on(t.dataEntityId, t.apiId),
  ],
);

/** APIs an application consumes (Backstage: consumesApi / apiConsumedBy). */
export const applicationApiConsumption = sqliteTable(
  'application_api_consumption',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    apiId: integer('api_id')
      .notNull()
      .references(() => apis.id, { onDelete: 'cascade' }),
    purpose: text('purpose'),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.apiId] }),
    index('application_api_consumption_api_idx').on(t.apiId, t.applicationId),
  ],
);
