import * as v from 'valibot';
import { AGENCY_CODE, DATA_ENTITY_CODE, FUNCTION_CODE } from './schemas';

/**
 * Path parameters of the JSON API's detail resources. Codes are case-insensitive on input
 * (`anri`, `rad.03.07.01`) and upper-cased before the pattern is checked.
 */
const code = (re: RegExp, message: string) =>
  v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(re, message));

export const AgencyCodeParam = code(
  AGENCY_CODE,
  'kode instansi tidak valid, mis. BKN atau 35.07 / malformed agency code, e.g. BKN or 35.07',
);

export const FunctionCodeParam = code(
  FUNCTION_CODE,
  'kode fungsi tidak valid, mis. RAB.09.06.01 / malformed function code, e.g. RAB.09.06.01',
);

export const DataEntityCodeParam = code(
  DATA_ENTITY_CODE,
  'kode entitas data tidak valid, mis. RAD.03.07.01 / malformed data entity code, e.g. RAD.03.07.01',
);
