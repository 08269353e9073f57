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
import { multiLine, oneLine } from '../../kernel/schemas';

const text = (max: number, label: string) =>
  v.pipe(
    v.string(`${label} harus teks / ${label} must be text`),
    max <= 200 ? oneLine : multiLine,
    v.trim(),
    v.maxLength(max, `maksimal ${max} karakter / at most ${max} characters`),
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
            v.url('harus URL lengkap, mis. https://contoh.go.id / must be a full URL'),
            v.regex(/^https?:\/\//i, 'harus http:// atau https:// / must be http or https'),
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
        v.number('harus angka / must be a number'),
        v.integer('harus bilangan bulat / must be a whole number'),
        v.minValue(min, `minimal ${min} / at least ${min}`),
        v.maxValue(max, `maksimal ${max} / at most ${max}`),
      ),
    ),
    null,
  );

const code = (pattern: RegExp, hint: string) =>
  v.pipe(v.string(`kode harus teks / code must be text`), v.trim(), v.toUpperCase(), v.regex(pattern, hint));

const FunctionCode = code(
  /^RA[BL]\.\d{2}\.\d{2}\.\d{2}$/,
  'kode fungsi, mis. RAB.09.06.01 / a function code',
);
const DataEntityCode = code(
  /^RAD\.\d{2}\.\d{2}\.\d{2}$/,
  'kode entitas data, mis. RAD.09.06.01 / a data entity code',
);
const Id = v.pipe(
  v.number('harus nomor ID / must be an id number'),
  v.integer('harus bilangan bulat / must be a whole number'),
  v.minValue(1, 'minimal 1 / at least 1'),
);

/** Everything an operator states about an application; the same for the form and the API. */
export const ApplicationFields = v.object({
  /** Owner agency code; operators may only name their own (or leave it out). */
  agency: v.optional(v.pipe(v.string('kode instansi harus teks / agency code must be text'), v.trim())),
  unit: optionalText(200, 'unit'),
  name: v.pipe(
    v.string('nama wajib diisi / name is required'),
    oneLine,
    v.trim(),
    v.minLength(3, 'nama minimal 3 karakter / name needs at least 3 characters'),
    v.maxLength(200, 'nama maksimal 200 karakter / name is at most 200 characters'),
  ),
  acronym: optionalText(40, 'singkatan'),
  description: v.optional(text(5000, 'deskripsi'), ''),
  /** Omitted: a new application is `khusus`; an edit keeps what is stored. Only admins change it. */
  category: v.optional(v.picklist(CATEGORIES, 'kategori: umum atau khusus / category: umum or khusus')),
  raa: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.trim(),
        v.toUpperCase(),
        v.transform((s) => (s === '' ? null : s)),
        v.nullable(
          v.pipe(
            v.string(),
            v.regex(/^RAA\.\d{2}\.\d{2}$/, 'kode RAA tingkat 2, mis. RAA.01.02 / a level-2 RAA code'),
          ),
        ),
      ),
    ),
    null,
  ),
  hosting: v.optional(
    v.nullable(v.picklist(HOSTINGS, 'hosting: pdn, cloud atau instansi / pdn, cloud or instansi')),
    null,
  ),
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
        v.nullable(v.pipe(v.string(), v.email('alamat e-mel tidak sah / not a valid e-mail address'))),
      ),
    ),
    null,
  ),
  contactPhone: optionalText(40, 'telepon'),
  functions: v.optional(
    v.pipe(
      v.array(FunctionCode, 'daftar kode fungsi / a list of function codes'),
      v.maxLength(60, 'maksimal 60 fungsi / at most 60 functions'),
    ),
    [],
  ),
  dataEntities: v.optional(
    v.pipe(
      v.array(
        v.object({
          code: DataEntityCode,
          role: v.picklist(
            DATA_ROLES,
            'peran: master, producer atau consumer / role: master, producer or consumer',
          ),
        }),
        'daftar entitas data / a list of data entities',
      ),
      v.maxLength(60, 'maksimal 60 entitas data / at most 60 data entities'),
    ),
    [],
  ),
  consumedApis: v.optional(
    v.pipe(
      v.array(Id, 'daftar ID API / a list of API ids'),
      v.maxLength(100, 'maksimal 100 API / at most 100 APIs'),
    ),
    [],
  ),
  relations: v.optional(
    v.pipe(
      v.array(
        v.object({
          application: Id,
          kind: v.picklist(RELATION_KINDS, `jenis relasi: ${RELATION_KINDS.join(', ')} / relation kind`),
        }),
        'daftar relasi / a list of relations',
      ),
      v.maxLength(100, 'maksimal 100 relasi / at most 100 relations'),
    ),
    [],
  ),
});
export type ApplicationFields = v.InferOutput<typeof ApplicationFields>;

/** Creating: the fields plus the first status — `draft`, or `active` for an application that already runs. */
export const CreateApplicationInput = v.object({
  ...ApplicationFields.entries,
  status: v.optional(
    v.picklist(['draft', 'active'], 'status awal: draft atau active / initial status: draft or active'),
    'draft',
  ),
});
export type CreateApplicationInput = v.InferOutput<typeof CreateApplicationInput>;

const Version = v.pipe(
  v.number('versi wajib diisi (versi yang sedang diubah) / version is required (the version being edited)'),
  v.integer('versi harus bilangan bulat / version must be a whole number'),
  v.minValue(1, 'versi minimal 1 / version is at least 1'),
);

/** Updating: the fields plus the version the edit started from (optimistic locking). */
export const UpdateApplicationInput = v.object({ ...ApplicationFields.entries, version: Version });
export type UpdateApplicationInput = v.InferOutput<typeof UpdateApplicationInput>;

/** A lifecycle action an operator may take from the registry; reviews come with proposals. */
export const STATUS_ACTIONS = ['activate', 'retire', 'reopen'] as const;
export const StatusChangeInput = v.object({
  action: v.picklist(STATUS_ACTIONS, `aksi: ${STATUS_ACTIONS.join(', ')} / action`),
  version: Version,
});

export const DeleteInput = v.object({ version: Version });

/** An API an application provides. `spec` is the original document (OpenAPI, Swagger or WSDL). */
export const ApiFields = v.object({
  name: v.pipe(
    v.string('nama API wajib diisi / API name is required'),
    oneLine,
    v.trim(),
    v.minLength(3, 'nama minimal 3 karakter / name needs at least 3 characters'),
    v.maxLength(200, 'nama maksimal 200 karakter / name is at most 200 characters'),
  ),
  apiVersion: v.optional(
    v.pipe(text(40, 'versi API'), v.minLength(1, 'versi API wajib diisi / API version is required')),
    '1',
  ),
  description: v.optional(text(5000, 'deskripsi'), ''),
  protocol: v.optional(v.picklist(PROTOCOLS, `protokol: ${PROTOCOLS.join(', ')} / protocol`), 'rest'),
  baseUrl: optionalUrl('baseUrl'),
  documentationUrl: optionalUrl('documentationUrl'),
  access: v.optional(
    v.picklist(API_ACCESS, 'akses: publik atau terbatas / access: publik or terbatas'),
    'terbatas',
  ),
  auth: v.optional(v.picklist(API_AUTH, `autentikasi: ${API_AUTH.join(', ')} / auth`), 'other'),
  splpPublished: v.optional(v.boolean('splpPublished harus true/false / must be true or false'), false),
  contactEmail: v.optional(
    v.nullable(
      v.pipe(
        text(200, 'email'),
        v.transform((s) => (s === '' ? null : s)),
        v.nullable(v.pipe(v.string(), v.email('alamat e-mel tidak sah / not a valid e-mail address'))),
      ),
    ),
    null,
  ),
  dataEntities: v.optional(
    v.pipe(
      v.array(DataEntityCode, 'daftar kode entitas data / a list of data entity codes'),
      v.maxLength(60, 'maksimal 60 / at most 60'),
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
    v.regex(/^\d{1,12}$/, 'id harus bilangan bulat positif / id must be a positive integer'),
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
    v.string('e-mel wajib diisi / e-mail is required'),
    v.trim(),
    v.toLowerCase(),
    v.email('alamat e-mel tidak sah / not a valid e-mail address'),
  ),
  password: v.pipe(
    v.string('kata sandi wajib diisi / password is required'),
    v.minLength(1, 'kata sandi wajib diisi / password is required'),
    v.maxLength(1000, 'terlalu panjang / too long'),
  ),
});

export const ApiTokenInput = v.object({
  name: v.pipe(
    v.string('nama token wajib diisi / token name is required'),
    oneLine,
    v.trim(),
    v.minLength(1, 'nama token wajib diisi / token name is required'),
    v.maxLength(100, 'maksimal 100 karakter / at most 100 characters'),
  ),
});

const Password = v.pipe(
  v.string('kata sandi wajib diisi / password is required'),
  v.minLength(12, 'kata sandi minimal 12 karakter / password needs at least 12 characters'),
  v.maxLength(200, 'kata sandi maksimal 200 karakter / at most 200 characters'),
);

export const UserInput = v.object({
  email: v.pipe(
    v.string('e-mel wajib diisi / e-mail is required'),
    v.trim(),
    v.toLowerCase(),
    v.email('alamat e-mel tidak sah / not a valid e-mail address'),
  ),
  name: v.pipe(
    v.string('nama wajib diisi / name is required'),
    oneLine,
    v.trim(),
    v.minLength(2, 'nama minimal 2 karakter / at least 2 characters'),
    v.maxLength(200, 'maksimal 200 / at most 200'),
  ),
  role: v.picklist(ROLES, 'peran: operator, reviewer atau admin / role: operator, reviewer or admin'),
  agency: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  ),
  password: Password,
});

export const UserUpdateInput = v.object({
  name: UserInput.entries.name,
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
    v.string('kode wajib diisi / code is required'),
    v.trim(),
    v.toUpperCase(),
    v.regex(
      /^[A-Z0-9][A-Z0-9.-]{1,29}$/,
      'kode 2–30 huruf/angka/titik, mis. KOMINFO atau 35.07 / 2–30 letters, digits, dots',
    ),
  ),
  name: v.pipe(
    v.string('nama wajib diisi / name is required'),
    oneLine,
    v.trim(),
    v.minLength(3, 'nama minimal 3 karakter / at least 3 characters'),
    v.maxLength(200, 'maksimal 200 / at most 200'),
  ),
  shortName: optionalText(60, 'singkatan'),
  kind: v.picklist(AGENCY_KINDS, `jenis: ${AGENCY_KINDS.join(', ')} / kind`),
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
  parent: code(
    /^RA[BL]\.\d{2}\.\d{2}$/,
    'kode RAB/RAL tingkat 2, mis. RAB.09.06 / a level-2 RAB or RAL code',
  ),
  title: v.pipe(
    v.string('judul wajib diisi / title is required'),
    oneLine,
    v.trim(),
    v.minLength(3, 'judul minimal 3 karakter / at least 3 characters'),
    v.maxLength(150, 'maksimal 150 / at most 150'),
  ),
  titleEn: v.optional(text(150, 'judul (en)'), ''),
  description: v.optional(text(2000, 'deskripsi'), ''),
});

export const FunctionDecisionInput = v.object({
  action: v.picklist(['accept', 'merge', 'reject'], 'aksi: accept, merge atau reject / action'),
  into: v.optional(FunctionCode),
});
