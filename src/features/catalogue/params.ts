import * as v from 'valibot';
import { vmsg } from '../../kernel/schemas';
import { AGENCY_CODE, DATA_ENTITY_CODE, FUNCTION_CODE } from './schemas';

/**
 * Path parameters of the JSON API's detail resources. Codes are case-insensitive on input
 * (`anri`, `rad.03.07.01`) and upper-cased before the pattern is checked.
 */
const code = (re: RegExp, message: string) =>
  v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(re, message));

export const AgencyCodeParam = code(AGENCY_CODE, vmsg('catalogue.malformedAgencyCodeEg'));

export const FunctionCodeParam = code(FUNCTION_CODE, vmsg('catalogue.malformedFunctionCodeEg'));

export const DataEntityCodeParam = code(DATA_ENTITY_CODE, vmsg('catalogue.malformedDataEntityCodeEg'));
