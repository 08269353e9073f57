import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../kernel/env';
import type { FieldIssue } from '../../kernel/errors';
import { Invalid } from '../../kernel/errors';
import { countedOverlapCheck } from '../../kernel/http/observe';
import { fieldErrors, isFragmentRequest, viewCtx } from '../../kernel/http/render';
import { toFieldIssues } from '../../kernel/schemas';
import * as catalogue from '../catalogue/service';
import { OverlapInput } from './schemas';
import { addInferredHref, CheckPage, OverlapPanel } from './views/check';

/**
 * `/periksa`: check a proposal for overlap before procurement. A GET form, so the check works
 * without JavaScript and a result can be linked; with htmx the panel refreshes as one types.
 */
export function checkRouter() {
  const r = new Hono<AppEnv>();
  r.get('/', async (c) => {
    const db = c.get('db');
    const values = {
      name: c.req.query('name') ?? '',
      description: c.req.query('description') ?? '',
      functions: c.req.queries('functions') ?? [],
      dataEntities: c.req.queries('dataEntities') ?? [],
    };
    const asked =
      values.name.trim() !== '' || values.description.trim() !== '' || values.functions.length > 0;
    let report = null;
    let errors: FieldIssue[] = [];
    if (asked) {
      const parsed = v.safeParse(OverlapInput, values);
      if (!parsed.success) errors = toFieldIssues(parsed.issues);
      else {
        try {
          report = await countedOverlapCheck(c, 'web', () => c.get('overlapChecker')(db, parsed.output));
        } catch (e) {
          if (!(e instanceof Invalid)) throw e;
          errors = e.fields;
        }
      }
    }
    const status = errors.length ? 400 : 200;
    c.header('Vary', 'HX-Request');
    const ctx = viewCtx(c);
    if (isFragmentRequest(c))
      return c.html(
        <OverlapPanel
          ctx={ctx}
          report={report}
          errors={fieldErrors(c, errors)}
          addInferred={{ href: (r) => addInferredHref(values, r) }}
        />,
        status,
      );
    const options = await catalogue.checkFormOptions(db);
    return c.html(
      <CheckPage ctx={ctx} values={values} report={report} errors={fieldErrors(c, errors)} {...options} />,
      status,
    );
  });
  return r;
}
