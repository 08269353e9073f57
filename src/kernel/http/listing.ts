import type { Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../env';
import type { FieldError } from '../errors';
import { Invalid } from '../errors';
import { labelIssues } from '../i18n';
import { toFieldIssues } from '../schemas';
import { queryRecord } from './render';

/**
 * Runs a filtered listing for a page: a bad filter does not become an error page but the same
 * page, with the problem named next to the filters (in the page's language) and status 400.
 */
export async function runListing<S extends v.GenericSchema, R>(
  c: Context<AppEnv>,
  schema: S,
  load: (q: v.InferOutput<S>) => Promise<R>,
): Promise<{ values: Record<string, string>; result: R | null; errors: FieldError[]; status: 200 | 400 }> {
  const values = queryRecord(c);
  const parsed = v.safeParse(schema, values);
  if (!parsed.success)
    return {
      values,
      result: null,
      errors: labelIssues(c.get('t'), toFieldIssues(parsed.issues)),
      status: 400,
    };
  try {
    return { values, result: await load(parsed.output), errors: [], status: 200 };
  } catch (e) {
    if (e instanceof Invalid)
      return { values, result: null, errors: labelIssues(c.get('t'), e.fields), status: 400 };
    throw e;
  }
}
