import * as v from 'valibot';
import { AGENCY_KINDS } from '../../../db/schema/agencies';
import { API_ACCESS, API_AUTH, PROTOCOLS } from '../../../db/schema/apis';
import {
  APP_STATUSES,
  CATEGORIES,
  DATA_ROLES,
  HOSTINGS,
  RELATION_KINDS,
} from '../../../db/schema/applications';
import { ROLES } from '../../../db/schema/auth';
import { int, intMin, named, timestamp } from '../../kernel/http/openapi';
import { multiLine, oneLine, vmsg } from '../../kernel/schemas';

const text = (max: number, label: string) =>
  v.pipe(
    v.string(vmsg('registry.mustBeText', { label })),
    max <= 200 ? oneLine : multiLine,
    v.trim(),
    v.maxLength(max, vmsg('validation.maxChars', { max })),
  );

/** Optional text: empty becomes null, so clearing a field in a form clears it in the database. */
const optionalText = (max: number, label: string) =>
  v.optional(
    v.nullable(
      v.pipe(
        text(max, label),
        v.transform((s) => (s === '' ? null : s)),
      ),
    ),
    null,
  );

const optionalUrl = (label: string) =>
  v.optional(
    v.nullable(
      v.pipe(
        text(500, label),
        v.transform((s) => (s === '' ? null : s)),
        v.nullable(
          v.pipe(
            v.string(),
            v.url(vmsg('registry.mustBeAFullUrl')),
            v.regex(/^https?:\/\//i, vmsg('registry.mustBeHttpOrHttps')),
          ),
        ),
      ),
    ),
    null,
  );

const optionalInt = (min: number, max: number) =>
  v.optional(
    v.nullable(
      v.pipe(
        v.number(vmsg('registry.mustBeANumber')),
        v.integer(vmsg('validation.wholeNumber')),
        v.minValue(min, vmsg('validation.min', { min })),
        v.maxValue(max, vmsg('validation.max', { max })),
      ),
    ),
    null,
  );

const code = (pattern: RegExp, hint: string) =>
  v.pipe(v.string(vmsg('registry.codeMustBeText')), v.trim(), v.toUpperCase(), v.regex(pattern, hint));

const FunctionCode = code(/^RA[BL]\.\d{2}\.\d{2}\.\d{2}$/, vmsg('catalogue.aFunctionCode'));
const DataEntityCode = code(/^RAD\.\d{2}\.\d{2}\.\d{2}$/, vmsg('registry.aDataEntityCode'));
const Id = v.pipe(
  v.number(vmsg('registry.mustBeAnIdNumber')),
  v.integer(vmsg('validation.wholeNumber')),
  v.minValue(1, vmsg('registry.atLeast1')),
);

/** Everything an operator states about an application; the same for the form and the API. */
export const ApplicationFields = v.object({
  /** Owner agency code; operators may only name their own (or leave it out). */
  agency: v.optional(v.pipe(v.string(vmsg('registry.agencyCodeMustBeText')), v.trim())),
  unit: optionalText(200, 'unit'),
  name: v.pipe(
    v.string(vmsg('registry.nameIsRequired')),
    oneLine,
    v.trim(),
    v.minLength(3, vmsg('registry.nameNeedsAtLeast3')),
    v.maxLength(200, vmsg('registry.nameIsAtMost200')),
  ),
  acronym: optionalText(40, 'singkatan'),
  description: v.optional(text(5000, 'deskripsi'), ''),
  /** Omitted: a new application is `khusus`; an edit keeps what is stored. Only admins change it. */
  category: v.optional(v.picklist(CATEGORIES, vmsg('registry.categoryUmumOrKhusus'))),
  raa: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.trim(),
        v.toUpperCase(),
        v.transform((s) => (s === '' ? null : s)),
        v.nullable(v.pipe(v.string(), v.regex(/^RAA\.\d{2}\.\d{2}$/, vmsg('registry.aLevel2RaaCode')))),
      ),
    ),
    null,
  ),
  hosting: v.optional(v.nullable(v.picklist(HOSTINGS, vmsg('registry.pdnCloudOrInstansi'))), null),
  url: optionalUrl('url'),
  repositoryUrl: optionalUrl('repositoryUrl'),
  licence: optionalText(100, 'lisensi'),
  yearlyCost: optionalInt(0, 1_000_000_000_000_000),
  launchYear: optionalInt(1980, 2100),
  contactName: optionalText(200, 'nama kontak'),
  contactEmail: v.optional(
    v.nullable(
      v.pipe(
        text(200, 'email'),
        v.transform((s) => (s === '' ? null : s)),
        v.nullable(v.pipe(v.string(), v.email(vmsg('registry.notAValidEMail')))),
      ),
    ),
    null,
  ),
  contactPhone: optionalText(40, 'telepon'),
  functions: v.optional(
    v.pipe(
      v.array(FunctionCode, vmsg('registry.aListOfFunctionCodes')),
      v.maxLength(60, vmsg('registry.atMost60Functions')),
    ),
    [],
  ),
  dataEntities: v.optional(
    v.pipe(
      v.array(
        v.object({
          code: DataEntityCode,
          role: v.picklist(DATA_ROLES, vmsg('registry.roleMasterProducerOrConsumer')),
        }),
        vmsg('registry.aListOfDataEntities'),
      ),
      v.maxLength(60, vmsg('registry.atMost60DataEntities')),
    ),
    [],
  ),
  consumedApis: v.optional(
    v.pipe(v.array(Id, vmsg('registry.aListOfApiIds')), v.maxLength(100, vmsg('registry.atMost100Apis'))),
    [],
  ),
  relations: v.optional(
    v.pipe(
      v.array(
        v.object({
          application: Id,
          kind: v.picklist(
            RELATION_KINDS,
            vmsg('registry.relationKind3', { RELATION_KINDS: RELATION_KINDS.join(', ') }),
          ),
        }),
        vmsg('registry.aListOfRelations'),
      ),
      v.maxLength(100, vmsg('registry.atMost100Relations')),
    ),
    [],
  ),
});
export type ApplicationFields = v.InferOutput<typeof ApplicationFields>;

/** Creating: the fields plus the first status — `draft`, or `active` for an application that already runs. */
export const CreateApplicationInput = v.object({
  ...ApplicationFields.entries,
  status: v.optional(v.picklist(['draft', 'active'], vmsg('registry.initialStatusDraftOrActive')), 'draft'),
});
export type CreateApplicationInput = v.InferOutput<typeof CreateApplicationInput>;

const Version = v.pipe(
  v.number(vmsg('registry.versionIsRequiredTheVersion')),
  v.integer(vmsg('registry.versionMustBeAWhole')),
  v.minValue(1, vmsg('registry.versionIsAtLeast1')),
);

/** Updating: the fields plus the version the edit started from (optimistic locking). */
export const UpdateApplicationInput = v.object({ ...ApplicationFields.entries, version: Version });
export type UpdateApplicationInput = v.InferOutput<typeof UpdateApplicationInput>;

/** A lifecycle action an operator may take from the registry; reviews come with proposals. */
export const STATUS_ACTIONS = ['activate', 'retire', 'reopen'] as const;
export const StatusChangeInput = v.object({
  action: v.picklist(STATUS_ACTIONS, vmsg('registry.action3', { STATUS_ACTIONS: STATUS_ACTIONS.join(', ') })),
  version: Version,
});

export const DeleteInput = v.object({ version: Version });

/** An API an application provides. `spec` is the original document (OpenAPI, Swagger or WSDL). */
export const ApiFields = v.object({
  name: v.pipe(
    v.string(vmsg('registry.apiNameIsRequired')),
    oneLine,
    v.trim(),
    v.minLength(3, vmsg('registry.nameNeedsAtLeast3')),
    v.maxLength(200, vmsg('registry.nameIsAtMost200')),
  ),
  apiVersion: v.optional(
    v.pipe(text(40, 'versi API'), v.minLength(1, vmsg('registry.apiVersionIsRequired'))),
    '1',
  ),
  description: v.optional(text(5000, 'deskripsi'), ''),
  protocol: v.optional(
    v.picklist(PROTOCOLS, vmsg('registry.protocol3', { PROTOCOLS: PROTOCOLS.join(', ') })),
    'rest',
  ),
  baseUrl: optionalUrl('baseUrl'),
  documentationUrl: optionalUrl('documentationUrl'),
  access: v.optional(v.picklist(API_ACCESS, vmsg('registry.accessPublikOrTerbatas')), 'terbatas'),
  auth: v.optional(v.picklist(API_AUTH, vmsg('registry.auth2', { API_AUTH: API_AUTH.join(', ') })), 'other'),
  splpPublished: v.optional(v.boolean(vmsg('registry.mustBeTrueOrFalse')), false),
  contactEmail: v.optional(
    v.nullable(
      v.pipe(
        text(200, 'email'),
        v.transform((s) => (s === '' ? null : s)),
        v.nullable(v.pipe(v.string(), v.email(vmsg('registry.notAValidEMail')))),
      ),
    ),
    null,
  ),
  dataEntities: v.optional(
    v.pipe(
      v.array(DataEntityCode, vmsg('registry.aListOfDataEntity')),
      v.maxLength(60, vmsg('registry.atMost60')),
    ),
    [],
  ),
});
export type ApiFields = v.InferOutput<typeof ApiFields>;

export const UpdateApiInput = v.object({ ...ApiFields.entries, version: Version });
export type UpdateApiInput = v.InferOutput<typeof UpdateApiInput>;

// --- The JSON API's requests and answers (the forms' schemas plus what only the API takes) ---

const specEntry = v.optional(
  v.pipe(
    v.unknown(),
    v.description(
      'The original OpenAPI 3, Swagger 2.0 or WSDL document: a string (JSON, YAML or XML) or a JSON object. At most 1 MiB.',
    ),
  ),
);
/** `POST /api/v1/applications/{id}/apis`: the API's fields and, optionally, its spec. */
export const ApiBody = v.object({ ...ApiFields.entries, spec: specEntry });
/** `PUT /api/v1/apis/{id}`: the same, with the version the edit started from. */
export const UpdateApiBody = v.object({ ...UpdateApiInput.entries, spec: specEntry });

/** `?version=` of a delete: digits, read as the version being deleted (optimistic locking). */
export const DeleteQuery = v.pipe(
  v.object({
    version: v.optional(
      v.pipe(v.string(), v.description('Required: the version being deleted (optimistic locking).')),
    ),
  }),
  // A number when it is one; anything else is left for `DeleteInput` to name the problem.
  v.transform(({ version }) => ({
    version: version && /^\d{1,9}$/.test(version) ? Number(version) : version,
  })),
  DeleteInput,
);

/** `{id}` of an API. */
export const ApiIdParams = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^\d{1,12}$/, vmsg('catalogue.idMustBeAPositive')),
    v.description('API id.'),
    v.transform(Number),
  ),
});

/** Who the token (or session) belongs to. */
export const Me = named(
  'User',
  v.strictObject({
    id: int,
    email: v.pipe(v.string(), v.email()),
    name: v.string(),
    role: v.picklist(ROLES),
    agencyId: v.nullable(int),
    agencyCode: v.nullable(v.string()),
    agencyName: v.nullable(v.string()),
    locale: v.string(),
  }),
);
export type Me = v.InferOutput<typeof Me>;

/** An entry and its new version, after a write. */
export const Written = named(
  'Written',
  v.pipe(v.strictObject({ id: int, version: intMin(1) }), v.description('The entry and its new version.')),
);
export type Written = v.InferOutput<typeof Written>;
export const StatusChanged = v.strictObject({
  id: int,
  status: v.picklist(APP_STATUSES),
  version: intMin(1),
});
export type StatusChanged = v.InferOutput<typeof StatusChanged>;
export const ApiWritten = v.strictObject({ id: int, applicationId: int, version: intMin(1) });
export type ApiWritten = v.InferOutput<typeof ApiWritten>;
export const FunctionProposed = v.strictObject({ code: v.string(), status: v.picklist(['proposed']) });
export type FunctionProposed = v.InferOutput<typeof FunctionProposed>;

const FieldChange = named(
  'FieldChange',
  v.strictObject({
    field: v.string(),
    before: v.unknown(),
    after: v.unknown(),
    added: v.optional(v.array(v.unknown())),
    removed: v.optional(v.array(v.unknown())),
  }),
);

/** An application's audit trail, newest first. */
export const History = v.strictObject({
  application: v.strictObject({ id: int, name: v.string() }),
  items: v.array(
    named(
      'AuditEvent',
      v.strictObject({
        id: int,
        at: timestamp,
        actor: v.string(),
        action: v.pipe(v.string(), v.description('`create`, `update`, `delete`, `status:<action>`.')),
        version: v.nullable(int),
        changes: v.array(FieldChange),
      }),
    ),
  ),
});
export type History = v.InferOutput<typeof History>;

/** A spec document as uploaded: its text and where it came from. */
export const SPEC_MAX_BYTES = 1024 * 1024;

export const LoginInput = v.object({
  email: v.pipe(
    v.string(vmsg('registry.eMailIsRequired')),
    v.trim(),
    v.toLowerCase(),
    v.email(vmsg('registry.notAValidEMail')),
  ),
  password: v.pipe(
    v.string(vmsg('registry.passwordIsRequired')),
    v.minLength(1, vmsg('registry.passwordIsRequired')),
    v.maxLength(1000, vmsg('registry.tooLong')),
  ),
});

export const ApiTokenInput = v.object({
  name: v.pipe(
    v.string(vmsg('registry.tokenNameIsRequired')),
    oneLine,
    v.trim(),
    v.minLength(1, vmsg('registry.tokenNameIsRequired')),
    v.maxLength(100, vmsg('registry.atMost100Characters')),
  ),
});

const Password = v.pipe(
  v.string(vmsg('registry.passwordIsRequired')),
  v.minLength(12, vmsg('registry.passwordNeedsAtLeast12')),
  v.maxLength(200, vmsg('registry.atMost200Characters')),
);

/** An official position (jabatan) as printed under a signature; empty means none. */
export const Position = v.pipe(
  v.string(),
  oneLine,
  v.trim(),
  v.maxLength(200, vmsg('registry.atMost200')),
  v.transform((s) => (s === '' ? null : s)),
);

export const UserInput = v.object({
  email: v.pipe(
    v.string(vmsg('registry.eMailIsRequired')),
    v.trim(),
    v.toLowerCase(),
    v.email(vmsg('registry.notAValidEMail')),
  ),
  name: v.pipe(
    v.string(vmsg('registry.nameIsRequired')),
    oneLine,
    v.trim(),
    v.minLength(2, vmsg('registry.atLeast2Characters')),
    v.maxLength(200, vmsg('registry.atMost200')),
  ),
  role: v.picklist(ROLES, vmsg('registry.roleOperatorReviewerOrAdmin')),
  agency: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  ),
  position: v.optional(Position),
  password: Password,
});

export const UserUpdateInput = v.object({
  name: UserInput.entries.name,
  position: v.optional(Position),
  role: UserInput.entries.role,
  agency: UserInput.entries.agency,
  active: v.boolean(),
  password: v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => (s === '' ? undefined : s)),
      v.optional(Password),
    ),
  ),
});

export const AgencyInput = v.object({
  code: v.pipe(
    v.string(vmsg('registry.codeIsRequired')),
    v.trim(),
    v.toUpperCase(),
    v.regex(/^[A-Z0-9][A-Z0-9.-]{1,29}$/, vmsg('registry.230LettersDigitsDots')),
  ),
  name: v.pipe(
    v.string(vmsg('registry.nameIsRequired')),
    oneLine,
    v.trim(),
    v.minLength(3, vmsg('registry.atLeast3Characters')),
    v.maxLength(200, vmsg('registry.atMost200')),
  ),
  shortName: optionalText(60, 'singkatan'),
  kind: v.picklist(AGENCY_KINDS, vmsg('registry.kind2', { AGENCY_KINDS: AGENCY_KINDS.join(', ') })),
  parent: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.toUpperCase(),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  ),
  website: optionalUrl('website'),
});

export const FunctionProposalInput = v.object({
  parent: code(/^RA[BL]\.\d{2}\.\d{2}$/, vmsg('registry.aLevel2RabOr')),
  title: v.pipe(
    v.string(vmsg('registry.titleIsRequired')),
    oneLine,
    v.trim(),
    v.minLength(3, vmsg('registry.atLeast3Characters2')),
    v.maxLength(150, vmsg('registry.atMost150')),
  ),
  titleEn: v.optional(text(150, 'judul (en)'), ''),
  description: v.optional(text(2000, 'deskripsi'), ''),
});

export const FunctionDecisionInput = v.object({
  action: v.picklist(['accept', 'merge', 'reject'], vmsg('registry.action2')),
  into: v.optional(FunctionCode),
});
