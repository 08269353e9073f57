import * as v from 'valibot';
import { AGENCY_KINDS } from '../../../db/schema/agencies';
import { API_ACCESS, PROTOCOLS } from '../../../db/schema/apis';
import { PUBLIC_STATUSES } from '../../../db/schema/applications';
import { SEARCH_TYPES } from '../../domain/search';
import { pagingEntries, searchText } from '../../kernel/schemas';
import { AGENCY_CODE, DATA_ENTITY_CODE, FUNCTION_CODE } from '../catalogue/schemas';

const picklist = <T extends readonly [string, ...string[]]>(options: T, label: string) =>
  v.optional(v.picklist(options, `${label}: pilih salah satu dari / one of ${options.join(', ')}`));

const code = (re: RegExp, message: string) =>
  v.optional(v.pipe(v.string(), v.toUpperCase(), v.regex(re, message)));

/**
 * The facets shared by the catalogue search and the API list. Codes (agency, data entity,
 * function) are checked against the catalogue by the service, which names an unknown one.
 */
const facetEntries = {
  ...pagingEntries,
  q: searchText,
  protocol: picklist(PROTOCOLS, 'protocol'),
  access: picklist(API_ACCESS, 'access'),
  splp: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], 'splp: true atau false / true or false'),
      v.transform((s) => s === 'true'),
    ),
  ),
  agency: code(AGENCY_CODE, 'kode instansi tidak valid / malformed agency code'),
  agencyKind: picklist(AGENCY_KINDS, 'agencyKind'),
  dataEntity: code(DATA_ENTITY_CODE, 'kode entitas data, mis. RAD.09.06.01 / a data entity code'),
  function: code(FUNCTION_CODE, 'kode fungsi, mis. RAB.09.06.01 / a function code'),
  // Drafts and proposals are never searchable by the public: only published statuses are accepted.
  status: picklist(PUBLIC_STATUSES, 'status'),
};

/** `GET /cari` and `GET /api/v1/search`. */
export const SearchQuery = v.object({
  ...facetEntries,
  type: picklist(SEARCH_TYPES, 'type'),
});
export type SearchQuery = v.InferOutput<typeof SearchQuery>;

/** `GET /api/v1/apis`: the same facets, APIs only. */
export const ApiSearchQuery = v.object(facetEntries);
export type ApiSearchQuery = v.InferOutput<typeof ApiSearchQuery>;
