import * as v from 'valibot';
import { AGENCY_KINDS } from '../../../db/schema/agencies';
import { CATEGORIES, PUBLIC_STATUSES, SCOPES } from '../../../db/schema/applications';
import { SENSITIVITIES } from '../../../db/schema/data';
import { SHARED_FIELDS } from '../../../db/schema/functions';
import { REFERENCE_DOMAINS } from '../../../db/schema/reference';
import { pagingEntries, searchText, vmsg } from '../../kernel/schemas';

const picklist = <T extends readonly [string, ...string[]]>(options: T, label: string) =>
  v.optional(v.picklist(options, vmsg('catalogue.oneOf', { label, options: options.join(', ') })));

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
    v.pipe(v.string(), v.toUpperCase(), v.regex(AGENCY_CODE, vmsg('catalogue.malformedAgencyCode'))),
  ),
  agencyKind: picklist(AGENCY_KINDS, 'agencyKind'),
  province: v.optional(v.pipe(v.string(), v.regex(PROVINCE_CODE, vmsg('catalogue.a2DigitProvinceCode')))),
  category: picklist(CATEGORIES, 'category'),
  scope: picklist(SCOPES, 'scope'),
  status: picklist(PUBLIC_STATUSES, 'status'),
  sector: v.optional(v.pipe(v.string(), v.toUpperCase(), v.regex(SECTOR_CODE, vmsg('catalogue.aRabCode')))),
  function: v.optional(
    v.pipe(v.string(), v.toUpperCase(), v.regex(FUNCTION_CODE, vmsg('catalogue.aFunctionCode'))),
  ),
  sort: picklist(SORTS, 'sort'),
});
export type ApplicationListQuery = v.InferOutput<typeof ApplicationListQuery>;

export const AgencyListQuery = v.object({
  ...pagingEntries,
  q: searchText,
  kind: picklist(AGENCY_KINDS, 'kind'),
  province: v.optional(v.pipe(v.string(), v.regex(PROVINCE_CODE, vmsg('catalogue.a2DigitProvinceCode')))),
});
export type AgencyListQuery = v.InferOutput<typeof AgencyListQuery>;

export const FunctionListQuery = v.object({
  ...pagingEntries,
  q: searchText,
  sharedField: picklist(SHARED_FIELDS, 'sharedField'),
  parent: v.optional(
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.regex(/^RA[BL]\.\d{2}(\.\d{2})?$/, vmsg('catalogue.aRabOrRalCode')),
    ),
  ),
});
export type FunctionListQuery = v.InferOutput<typeof FunctionListQuery>;

export const DataEntityListQuery = v.object({
  ...pagingEntries,
  q: searchText,
  sensitivity: picklist(SENSITIVITIES, 'sensitivity'),
  parent: v.optional(
    v.pipe(v.string(), v.toUpperCase(), v.regex(/^RAD\.\d{2}(\.\d{2})?$/, vmsg('catalogue.aRadCode'))),
  ),
});
export type DataEntityListQuery = v.InferOutput<typeof DataEntityListQuery>;

export const ReferenceDomainParam = v.pipe(
  v.string(),
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
