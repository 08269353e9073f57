import * as v from 'valibot';
import type { Db } from '../../../db/client';
import type { FieldIssue } from '../../kernel/errors';
import { msg } from '../../kernel/i18n';
import type { Viewer } from '../../kernel/policy';
import { ApplicationListQuery } from '../catalogue/schemas';
import * as catalogue from '../catalogue/service';
import * as reg from './repo';

// Relations and consumed APIs are chosen by name on the application form: the typeahead offers
// "name — agency" (applications) and "API version — application" (APIs); what is posted is that
// label, resolved to an id here. An id still works (the JSON API and older forms send ids).

/** One choice: the id stored and the label a person reads and types. */
export interface Choice {
  id: number;
  label: string;
}

const SEPARATOR = ' — ';
const MAX = 10;

/** Applications whose name matches `q`, as "name — agency" (those the viewer may read). */
export async function applicationChoices(db: Db, viewer: Viewer, q: string): Promise<Choice[]> {
  if (q.trim().length < 2) return [];
  const name = q.split(SEPARATOR)[0]!.trim();
  const query = v.parse(ApplicationListQuery, { q: name, pageSize: String(MAX) });
  const page = await catalogue.listApplications(db, viewer, { ...query, sort: 'relevance' });
  return page.items.map((a) => ({ id: a.id, label: `${a.name}${SEPARATOR}${a.agencyName}` }));
}

/** APIs whose name matches `q`, as "API version — application". */
export async function apiChoices(db: Db, q: string): Promise<Choice[]> {
  if (q.trim().length < 2) return [];
  const name = q.split(SEPARATOR)[0]!.trim();
  const query = v.parse(catalogue.ApiCatalogueQuery, { q: name, pageSize: String(MAX) });
  const r = await catalogue.apiCatalogue(db, query);
  return r.items.map((a) => ({ id: a.id, label: `${a.name} ${a.version}${SEPARATOR}${a.application.name}` }));
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Turns a posted value into an id: an id as it is; a label chosen from the typeahead (or typed
 * exactly) into its id; anything else into a field issue that lists what was found, so a person
 * without JavaScript can copy one of them in (search, then choose).
 */
async function resolve(
  value: string | number,
  field: string,
  lookup: (left: string, right: string) => Promise<{ id: number }[]>,
  find: (q: string) => Promise<Choice[]>,
): Promise<{ id?: number; issue?: FieldIssue }> {
  if (typeof value === 'number') return { id: value };
  // A label as offered (or as shown for a stored choice) names its entry exactly, whatever the
  // search would rank first among many similar names.
  const cut = value.lastIndexOf(SEPARATOR);
  if (cut > 0) {
    const ids = await lookup(value.slice(0, cut).trim(), value.slice(cut + SEPARATOR.length).trim());
    if (ids.length === 1) return { id: ids[0]!.id };
  }
  const found = await find(value);
  const exact = found.filter((c) => same(c.label, value));
  if (exact.length === 1) return { id: exact[0]!.id };
  const byName = found.filter((c) => same(c.label.split(SEPARATOR)[0]!, value));
  if (byName.length === 1) return { id: byName[0]!.id };
  const options = found.slice(0, 5).map((c) => c.label);
  return {
    issue: {
      field,
      message: options.length
        ? msg('registry.choose.oneOf', { value, options: options.join('; ') })
        : msg('registry.choose.none', { value }),
    },
  };
}

/** Resolves the relations and consumed APIs of a form body; ids pass through untouched. */
export async function resolveChoices<
  B extends {
    relations: { application: string | number; kind: string }[];
    consumedApis: (string | number)[];
  },
>(db: Db, viewer: Viewer, body: B): Promise<{ body: B; issues: FieldIssue[] }> {
  const issues: FieldIssue[] = [];
  const relations = [];
  for (const [i, r] of body.relations.entries()) {
    const { id, issue } = await resolve(
      r.application,
      `relations.${i}`,
      (name, agency) => reg.applicationsLabelled(db, name, agency),
      (q) => applicationChoices(db, viewer, q),
    );
    if (issue) issues.push(issue);
    relations.push({ ...r, application: id ?? r.application });
  }
  const consumedApis = [];
  for (const [i, a] of body.consumedApis.entries()) {
    const { id, issue } = await resolve(
      a,
      `consumedApis.${i}`,
      (api, application) => reg.apisLabelled(db, api, application),
      (q) => apiChoices(db, q),
    );
    if (issue) issues.push(issue);
    consumedApis.push(id ?? a);
  }
  return { body: { ...body, relations, consumedApis }, issues };
}

/** The labels of stored choices (ids), so the form shows names; an id without a row stays as is. */
export async function labelsOf(db: Db, chosen: { relations: string[]; consumedApis: string[] }) {
  const ids = (xs: string[]) => xs.filter((x) => /^\d{1,9}$/.test(x)).map(Number);
  const [apps, apis] = await Promise.all([
    reg.applicationLabels(db, ids(chosen.relations)),
    reg.apiLabels(db, ids(chosen.consumedApis)),
  ]);
  const byId = (rs: { id: number; label: string }[]) => new Map(rs.map((r) => [String(r.id), r.label]));
  return { applications: byId(apps), apis: byId(apis) };
}
