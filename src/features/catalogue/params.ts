import * as v from 'valibot';
import { vmsg } from '../../kernel/schemas';
import { AGENCY_CODE, DATA_ENTITY_CODE, FUNCTION_CODE } from './schemas';

/**
 * Path parameters of the JSON API's detail resources. Codes are case-insensitive on input
 * (`anri`, `rad.03.07.01`) and upper-cased before the pattern is checked.
 */
const code = (re: RegExp, message: string, description: string) =>
  v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(re, message), v.description(description));

export const AgencyCodeParam = code(
  AGENCY_CODE,
  vmsg('catalogue.malformedAgencyCodeEg'),
  'Agency code (`BKN`, `35.07`); case-insensitive.',
);

export const FunctionCodeParam = code(
  FUNCTION_CODE,
  vmsg('catalogue.malformedFunctionCodeEg'),
  'Function code (`RAB.09.06.01`); case-insensitive.',
);

export const DataEntityCodeParam = code(
  DATA_ENTITY_CODE,
  vmsg('catalogue.malformedDataEntityCodeEg'),
  'Data entity code (`RAD.03.07.01`); case-insensitive.',
);

/** `{code}` of an agency, a function, a data entity. */
export const AgencyCodeParams = v.object({ code: AgencyCodeParam });
export const FunctionCodeParams = v.object({ code: FunctionCodeParam });
export const DataEntityCodeParams = v.object({ code: DataEntityCodeParam });
