import * as v from 'valibot';
import { AGENCY_KINDS } from '../../../db/schema/agencies';
import { API_ACCESS, API_AUTH, PROTOCOLS } from '../../../db/schema/apis';
import {
  APP_STATUSES,
  CATEGORIES,
  DATA_ROLES,
  HOSTINGS,
  PUBLIC_STATUSES,
  RELATION_KINDS,
  SCOPES,
} from '../../../db/schema/applications';
import { CONFIDENCE } from '../../../db/schema/common';
import { DATA_KINDS, SENSITIVITIES } from '../../../db/schema/data';
import { SHARED_FIELDS } from '../../../db/schema/functions';
import { REFERENCE_DOMAINS } from '../../../db/schema/reference';
import { int, intMin, links, named, pageOf, timestamp } from '../../kernel/http/openapi';
import { pagingEntries, searchText, vmsg } from '../../kernel/schemas';

const picklist = <T extends readonly [string, ...string[]]>(options: T, label: string, description: string) =>
  v.optional(
    v.pipe(
      v.picklist(options, vmsg('catalogue.oneOf', { label, options: options.join(', ') })),
      v.description(description),
    ),
  );

/** Agency code: a Kemendagri region code (`35`, `35.07`) or a central agency code (`BKN`). */
export const AGENCY_CODE = /^(\d{2}(\.\d{2})?|[A-Z][A-Z0-9-]{1,29})$/;
export const PROVINCE_CODE = /^\d{2}$/;
/** RAB sector (level 1) or urusan (level 2): `RAB.09` or `RAB.09.06`. */
export const SECTOR_CODE = /^RAB\.\d{2}(\.\d{2})?$/;
/** A catalogue function: `RAB.09.06.01` / `RAL.02.04.03`. */
export const FUNCTION_CODE = /^RA[BL]\.\d{2}\.\d{2}\.\d{2}$/;
export const DATA_ENTITY_CODE = /^RAD\.\d{2}\.\d{2}\.\d{2}$/;

export const SORTS = ['relevance', 'name', 'updated'] as const;

export const ApplicationListQuery = v.object({
  ...pagingEntries,
  q: searchText,
  agency: v.optional(
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.regex(AGENCY_CODE, vmsg('catalogue.malformedAgencyCode')),
      v.description(
        'Owner agency code: a Kemendagri region code (`35.07`) or a central agency code (`BKN`); case-insensitive.',
      ),
    ),
  ),
  agencyKind: picklist(AGENCY_KINDS, 'agencyKind', 'Kind of owner agency.'),
  province: v.optional(
    v.pipe(
      v.string(),
      v.regex(PROVINCE_CODE, vmsg('catalogue.a2DigitProvinceCode')),
      v.description('Two-digit province code.'),
    ),
  ),
  category: picklist(
    CATEGORIES,
    'category',
    '`umum` = national shared application, `khusus` = agency-specific.',
  ),
  scope: picklist(
    SCOPES,
    'scope',
    '`national` = a national service (every Aplikasi Umum and the mandated national sector platforms), `agency` = the rest.',
  ),
  status: picklist(PUBLIC_STATUSES, 'status', 'Lifecycle status.'),
  sector: v.optional(
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.regex(SECTOR_CODE, vmsg('catalogue.aRabCode')),
      v.description('RAB sector (level 1) or urusan (level 2) code.'),
    ),
  ),
  function: v.optional(
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.regex(FUNCTION_CODE, vmsg('catalogue.aFunctionCode')),
      v.description('Catalogue function code.'),
    ),
  ),
  sort: picklist(SORTS, 'sort', 'Order; `relevance` by default when `q` is given, else `name`.'),
});
export type ApplicationListQuery = v.InferOutput<typeof ApplicationListQuery>;

export const AgencyListQuery = v.object({
  ...pagingEntries,
  q: searchText,
  kind: picklist(AGENCY_KINDS, 'kind', 'Agency kind.'),
  province: v.optional(
    v.pipe(
      v.string(),
      v.regex(PROVINCE_CODE, vmsg('catalogue.a2DigitProvinceCode')),
      v.description('Two-digit province code.'),
    ),
  ),
});
export type AgencyListQuery = v.InferOutput<typeof AgencyListQuery>;

export const FunctionListQuery = v.object({
  ...pagingEntries,
  q: searchText,
  sharedField: picklist(SHARED_FIELDS, 'sharedField', 'One of the eight shared-application fields.'),
  parent: v.optional(
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.regex(/^RA[BL]\.\d{2}(\.\d{2})?$/, vmsg('catalogue.aRabOrRalCode')),
      v.description('RAB or RAL code (level 1 or 2).'),
    ),
  ),
});
export type FunctionListQuery = v.InferOutput<typeof FunctionListQuery>;

export const DataEntityListQuery = v.object({
  ...pagingEntries,
  q: searchText,
  sensitivity: picklist(SENSITIVITIES, 'sensitivity', 'Sensitivity (sifat).'),
  parent: v.optional(
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.regex(/^RAD\.\d{2}(\.\d{2})?$/, vmsg('catalogue.aRadCode')),
      v.description('RAD code (level 1 or 2).'),
    ),
  ),
});
export type DataEntityListQuery = v.InferOutput<typeof DataEntityListQuery>;

export const ReferenceDomainParam = v.pipe(
  v.string(),
  v.description(`Reference-architecture domain, one of ${REFERENCE_DOMAINS.join(', ')} (case-insensitive).`),
  v.toUpperCase(),
  v.picklist(
    REFERENCE_DOMAINS,
    vmsg('catalogue.oneOf', { label: 'domain', options: REFERENCE_DOMAINS.join(', ') }),
  ),
);

/** A positive integer id in a path, read as a number. */
const idOf = (description: string) =>
  v.pipe(
    v.string(),
    v.regex(/^\d{1,12}$/, vmsg('catalogue.idMustBeAPositive')),
    v.description(description),
    v.transform(Number),
  );

export const IdParam = idOf('Id.');

/** `{id}` in an application's path. */
export const ApplicationIdParams = v.object({ id: idOf('Application id.') });

/** `{domain}` of the reference architecture. */
export const ReferenceDomainParams = v.object({ domain: ReferenceDomainParam });

// --- Responses: the JSON mappers in api.ts return these types, the OpenAPI document shows them ---

const text = v.string();
const optionalText = v.nullable(v.string());
const agencyRef = v.strictObject({ code: text, name: text, kind: v.picklist(AGENCY_KINDS) });

/** Another application, as nested in relations, similar applications and data holders. */
export const ApplicationRef = v.pipe(
  v.strictObject({
    id: int,
    name: text,
    acronym: optionalText,
    category: v.picklist(CATEGORIES),
    scope: v.picklist(SCOPES),
    agency: v.pipe(text, v.description('Owner agency name.')),
    links: links('self', 'html'),
  }),
  v.description('Another application.'),
);
export type ApplicationRef = v.InferOutput<typeof ApplicationRef>;

export const ApplicationSummary = named(
  'ApplicationSummary',
  v.strictObject({
    id: int,
    name: text,
    acronym: optionalText,
    summary: v.pipe(text, v.description('The start of the description.')),
    category: v.picklist(CATEGORIES),
    scope: v.picklist(SCOPES),
    status: v.picklist(APP_STATUSES),
    agency: agencyRef,
    updatedAt: timestamp,
    links: links('self', 'html'),
  }),
);
export type ApplicationSummary = v.InferOutput<typeof ApplicationSummary>;
export const ApplicationSummaryPage = pageOf('ApplicationSummary', ApplicationSummary);

const apiOwner = v.pipe(
  v.strictObject({
    id: int,
    name: text,
    agency: v.pipe(text, v.description('Owner agency name.')),
    links: links('self', 'html'),
  }),
  v.description('The application providing the API.'),
);

export const ApiSummary = named(
  'Api',
  v.pipe(
    v.strictObject({
      id: int,
      name: text,
      version: text,
      description: text,
      protocol: v.picklist(PROTOCOLS),
      baseUrl: optionalText,
      access: v.picklist(API_ACCESS),
      auth: v.picklist(API_AUTH),
      splpPublished: v.pipe(
        v.boolean(),
        v.description('Published on SPLP (the national integration layer).'),
      ),
      operations: v.pipe(intMin(0), v.description('Operations extracted from its spec.')),
      application: apiOwner,
    }),
    v.description('An API provided by an application.'),
  ),
);
export type ApiSummary = v.InferOutput<typeof ApiSummary>;

export const ApplicationDetail = named(
  'Application',
  v.strictObject({
    id: int,
    name: text,
    acronym: optionalText,
    description: text,
    category: v.picklist(CATEGORIES),
    scope: v.picklist(SCOPES),
    status: v.pipe(
      v.picklist(APP_STATUSES),
      v.description(
        'Anyone sees published entries (approved, active, retired); a token also its agency’s drafts and proposals.',
      ),
    ),
    agency: agencyRef,
    unit: optionalText,
    raa: v.nullable(
      v.pipe(
        v.strictObject({ code: text, title: optionalText }),
        v.description('RAA (application architecture) code.'),
      ),
    ),
    hosting: v.nullable(v.picklist(HOSTINGS)),
    url: optionalText,
    repositoryUrl: optionalText,
    licence: optionalText,
    yearlyCost: v.nullable(v.pipe(intMin(0), v.description('Rupiah per year.'))),
    launchYear: v.nullable(int),
    contact: v.strictObject({ name: optionalText, email: optionalText, phone: optionalText }),
    confidence: v.nullable(
      v.pipe(v.picklist(CONFIDENCE), v.description('Source confidence of seeded entries.')),
    ),
    sourceNote: optionalText,
    version: intMin(1),
    createdAt: timestamp,
    updatedAt: timestamp,
    functions: v.array(v.strictObject({ code: text, title: text, titleEn: text, parent: text })),
    dataEntities: v.array(
      v.strictObject({
        code: text,
        name: text,
        role: v.picklist(DATA_ROLES),
        sensitivity: v.picklist(SENSITIVITIES),
        personalData: v.boolean(),
      }),
    ),
    apis: v.array(ApiSummary),
    consumesApis: v.array(ApiSummary),
    relations: v.array(
      v.strictObject({
        kind: v.picklist(RELATION_KINDS),
        direction: v.pipe(v.picklist(['out', 'in']), v.description('`out`: this application → the other.')),
        application: ApplicationRef,
      }),
    ),
    similar: v.array(
      v.pipe(
        v.strictObject({
          application: ApplicationRef,
          sharedFunctions: v.pipe(intMin(1), v.description('Functions both perform.')),
        }),
        v.description('Applications performing the most of the same functions.'),
      ),
    ),
    links: links('self', 'html'),
  }),
);
export type ApplicationDetail = v.InferOutput<typeof ApplicationDetail>;

const agencyEntries = {
  code: text,
  name: text,
  shortName: optionalText,
  kind: v.picklist(AGENCY_KINDS),
  provinceCode: optionalText,
  parent: v.nullable(v.pipe(text, v.description('Parent agency code (the province of a kabupaten/kota).'))),
  applications: v.pipe(intMin(0), v.description('Published applications owned.')),
};

export const AgencySummary = named(
  'Agency',
  v.strictObject({ ...agencyEntries, links: links('self', 'html') }),
);
export type AgencySummary = v.InferOutput<typeof AgencySummary>;
export const AgencyPage = pageOf('Agency', AgencySummary);

export const AgencyDetail = named(
  'AgencyDetail',
  v.strictObject({
    ...agencyEntries,
    website: optionalText,
    sourceNote: optionalText,
    children: v.array(AgencySummary),
    links: links('self', 'html', 'applications'),
  }),
);
export type AgencyDetail = v.InferOutput<typeof AgencyDetail>;

export const FunctionItem = named(
  'Function',
  v.strictObject({
    code: text,
    title: text,
    titleEn: text,
    description: text,
    parent: v.pipe(text, v.description('RAB or RAL level-2 code.')),
    sharedField: v.nullable(v.picklist(SHARED_FIELDS)),
    applications: v.pipe(intMin(0), v.description('Published applications performing it.')),
    sharedApplications: v.pipe(intMin(0), v.description('Of which shared (`umum`).')),
    links: links('self', 'html', 'applications'),
  }),
);
export type FunctionItem = v.InferOutput<typeof FunctionItem>;
export const FunctionPage = pageOf('Function', FunctionItem);

const dataEntityEntries = {
  code: text,
  name: text,
  nameEn: text,
  description: text,
  parent: v.pipe(text, v.description('RAD code.')),
  sensitivity: v.picklist(SENSITIVITIES),
  personalData: v.boolean(),
  dataKind: v.picklist(DATA_KINDS),
  steward: v.nullable(v.pipe(v.strictObject({ code: text, name: text }), v.description('Wali data.'))),
  masterCount: v.pipe(intMin(0), v.description('Published applications that master this data.')),
  apiCount: v.pipe(intMin(0), v.description('APIs exposing this data.')),
  links: links('self', 'html'),
};

export const DataEntityItem = named('DataEntity', v.strictObject(dataEntityEntries));
export type DataEntityItem = v.InferOutput<typeof DataEntityItem>;
export const DataEntityPage = pageOf('DataEntity', DataEntityItem);

export const EntityApi = v.pipe(
  v.strictObject({
    id: int,
    name: text,
    protocol: v.picklist(PROTOCOLS),
    access: v.picklist(API_ACCESS),
    splpPublished: v.boolean(),
    application: apiOwner,
  }),
  v.description('An API exposing the data.'),
);
export type EntityApi = v.InferOutput<typeof EntityApi>;

export const DataEntityDetail = named(
  'DataEntityDetail',
  v.strictObject({
    ...dataEntityEntries,
    holders: v.array(
      v.pipe(
        v.strictObject({ role: v.picklist(DATA_ROLES), application: ApplicationRef }),
        v.description('An application holding the data; masters first.'),
      ),
    ),
    apis: v.array(EntityApi),
  }),
);
export type DataEntityDetail = v.InferOutput<typeof DataEntityDetail>;

export const ReferenceCode = named(
  'ReferenceCode',
  v.strictObject({
    code: text,
    level: intMin(1),
    parent: optionalText,
    title: text,
    titleEn: optionalText,
    confidence: v.picklist(CONFIDENCE),
    sourceNote: optionalText,
  }),
);
export type ReferenceCode = v.InferOutput<typeof ReferenceCode>;
export const ReferenceCodePage = pageOf('ReferenceCode', ReferenceCode);
