import { CheckboxList } from '../../../../views/components/form';
import { Badge, ErrorSummary, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import type { DataEntityRow, FunctionRow } from '../../catalogue/service';
import type { OverlapReport } from '../service';

export interface CheckView {
  ctx: ViewCtx;
  values: { name: string; description: string; functions: string[]; dataEntities: string[] };
  report: OverlapReport | null;
  errors: FieldError[];
  functions: FunctionRow[];
  dataEntities: DataEntityRow[];
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

type Report = OverlapReport;
type Evidence = Report['matches'][number]['evidence'];

const appTitle = (a: { name: string; acronym: string | null }) =>
  a.acronym && a.acronym !== a.name ? `${a.name} (${a.acronym})` : a.name;

/** Which functions, data and words an application shares with the proposal. */
function EvidenceList(props: { ctx: ViewCtx; evidence: Evidence }) {
  const { t } = props.ctx;
  const e = props.evidence;
  return (
    <dl class="evidence">
      {e.functions.length ? (
        <>
          <dt>{t('check.evidenceFunctions')}</dt>
          <dd>
            {e.functions
              .map(
                (f) =>
                  `${f.title}${f.match === 'parent' ? ` ${t('check.parentMatch')}` : ''}${f.inferred ? ` ${t('check.inferredTag')}` : ''}`,
              )
              .join('; ')}
          </dd>
        </>
      ) : null}
      {e.dataEntities.length ? (
        <>
          <dt>{t('check.evidenceData')}</dt>
          <dd>{e.dataEntities.map((d) => d.name).join('; ')}</dd>
        </>
      ) : null}
      {e.terms.length ? (
        <>
          <dt>{t('check.evidenceTerms')}</dt>
          <dd>{e.terms.join(', ')}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** `/periksa` with the detected functions added to the ones picked: the one-click add, a plain link. */
export function addInferredHref(values: CheckView['values'], report: Report): string {
  const q = new URLSearchParams();
  q.set('name', values.name);
  if (values.description) q.set('description', values.description);
  for (const f of new Set([...values.functions, ...report.inferredFunctions.map((i) => i.code)]))
    q.append('functions', f);
  for (const d of values.dataEntities) q.append('dataEntities', d);
  return `/periksa?${q.toString()}`;
}

/**
 * The live panel, in the order a reviewer asks: how much national services already do, which
 * ones, how many local copies exist, what the text says the proposal does, then every match.
 */
export function OverlapPanel(
  props: Pick<CheckView, 'ctx' | 'report' | 'errors'> & {
    /** The one-click add: a link to the same check with them picked, or a submit of the named form. */
    addInferred?: { href: (report: Report) => string } | { form: string };
  },
) {
  const { ctx, report } = props;
  const { t } = ctx;
  return (
    <section id="overlap-panel" class="overlap-panel" aria-live="polite" aria-labelledby="panel-title">
      <h2 id="panel-title">{t('check.panel')}</h2>
      <ErrorSummary title={t('error.invalid')} errors={props.errors} />
      {!report ? (
        props.errors.length ? null : (
          <p class="empty">{t('check.empty')}</p>
        )
      ) : (
        <>
          <h3>{t('check.coverage')}</h3>
          <div class="meter" aria-hidden="true">
            <span style={`width:${(report.sharedCoverage * 100).toFixed(1)}%`} />
          </div>
          <p>
            <strong>{t('check.coverageNational', { pct: pct(report.sharedCoverage) })}</strong>
          </p>
          <h3 id="shared-title">{t('check.shared')}</h3>
          {report.shared.length === 0 ? (
            <p class="empty">{t('check.noShared')}</p>
          ) : (
            <ol class="cards shared" aria-labelledby="shared-title">
              {report.shared.map((m) => (
                <li class={m.flagged ? 'flagged' : undefined}>
                  <a class="title" href={`/aplikasi/${m.application.id}`}>
                    {appTitle(m.application)}
                  </a>
                  <div class="meta">
                    <Badge kind="shared">
                      {t(m.application.category === 'umum' ? 'category.umum' : 'shared.sector')}
                    </Badge>
                    {m.flagged ? <Badge kind="warn">{t('check.flagged')}</Badge> : null}
                    <span>{m.application.agency.name}</span>
                    <span>· {t('check.score', { score: pct(m.score) })}</span>
                  </div>
                  {m.coveredFunctions.length ? (
                    <p class="covered">
                      {t('check.coveredFunctions')}: {m.coveredFunctions.map((f) => f.title).join('; ')}
                    </p>
                  ) : null}
                  <EvidenceList ctx={ctx} evidence={m.evidence} />
                </li>
              ))}
            </ol>
          )}
          {report.clusters.length ? (
            <>
              <h3 id="clusters-title">{t('check.clusters')}</h3>
              <ol class="cards clusters" aria-labelledby="clusters-title">
                {report.clusters.map((g) => (
                  <li class={g.flagged ? 'flagged' : undefined}>
                    <strong class="title">{g.label}</strong>{' '}
                    <span class="count">
                      {t('check.clusterSize', { size: g.size, agencies: g.agencies })}
                    </span>
                    <div class="meta">
                      {g.flagged ? <Badge kind="warn">{t('check.flagged')}</Badge> : null}
                      <span>{t('check.score', { score: pct(g.score) })}</span>
                      <span>
                        ·{' '}
                        <a href={`/aplikasi/${g.example.id}`}>
                          {t('check.clusterExample', { name: g.example.name, agency: g.example.agency.name })}
                        </a>
                      </span>
                    </div>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {report.inferredFunctions.length ? (
            <>
              <h3 id="inferred-title">{t('check.inferred')}</h3>
              <p class="hint">{t('check.inferredHelp')}</p>
              <ul class="inferred" aria-labelledby="inferred-title">
                {report.inferredFunctions.map((f) => (
                  <li>
                    <strong>{f.title}</strong> <code>{f.code}</code> · {pct(f.confidence)} ·{' '}
                    {t('check.inferredWords', { words: f.words.join(', ') })}
                  </li>
                ))}
              </ul>
              {props.addInferred && 'href' in props.addInferred ? (
                <p>
                  <a class="button" href={props.addInferred.href(report)}>
                    {t('check.addInferred')}
                  </a>
                </p>
              ) : props.addInferred ? (
                <p>
                  {/* Outside the form but submitting it: works the same with and without JavaScript. */}
                  <button type="submit" form={props.addInferred.form} name="action" value="addInferred">
                    {t('check.addInferred')}
                  </button>
                </p>
              ) : null}
            </>
          ) : null}
          <h3>{t('check.allMatches')}</h3>
          {report.matches.length === 0 ? (
            <p class="empty">{t('check.noMatches')}</p>
          ) : (
            <ol class="cards matches">
              {report.matches.map((m) => (
                <li class={m.flagged ? 'flagged' : undefined}>
                  <a class="title" href={`/aplikasi/${m.application.id}`}>
                    {appTitle(m.application)}
                  </a>
                  <div class="meta">
                    {m.application.scope === 'national' ? (
                      <Badge kind="shared">{t('category.umum')}</Badge>
                    ) : null}
                    {m.flagged ? <Badge kind="warn">{t('check.flagged')}</Badge> : null}
                    <span>{m.application.agency.name}</span>
                    <span>· {t('check.score', { score: pct(m.score) })}</span>
                  </div>
                  <EvidenceList ctx={ctx} evidence={m.evidence} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

/** The overlap check: a proposal form with the panel beside it, live with htmx, a plain GET without. */
export function CheckPage(props: CheckView) {
  const { ctx, values } = props;
  const { t } = ctx;
  const groups = new Map<string, FunctionRow[]>();
  for (const f of props.functions) groups.set(f.parentCode, [...(groups.get(f.parentCode) ?? []), f]);
  const fieldError = (field: string) =>
    props.errors
      .filter((e) => e.field === field || e.field.startsWith(`${field}.`))
      .map((e) => (
        <span class="field-error" id={`${field}-error`}>
          {e.message}
        </span>
      ));
  return (
    <Layout ctx={ctx} title={t('check.title')}>
      <PageHeader title={t('check.title')} lead={t('check.lead')} />
      <div class="check-layout">
        <form
          class="overlap-form"
          method="get"
          action="/periksa"
          hx-get="/periksa"
          hx-target="#overlap-panel"
          hx-select="#overlap-panel"
          hx-swap="outerHTML"
          hx-trigger="input changed delay:400ms from:(form.overlap-form input, form.overlap-form textarea), change from:(form.overlap-form select), submit"
        >
          <label>
            {t('check.name')}
            <input type="text" name="name" value={values.name} maxlength={200} required />
            {fieldError('name')}
          </label>
          <label>
            {t('check.description')}
            <textarea name="description" rows={6} maxlength={5000}>
              {values.description}
            </textarea>
            {fieldError('description')}
          </label>
          <fieldset class="form-group">
            <legend>{t('check.functions')}</legend>
            <CheckboxList
              ctx={ctx}
              name="functions"
              label={t('check.functions')}
              groups={[...groups.entries()].map(([parent, fns]) => ({
                label: `${parent} ${fns[0]!.parentTitle}`,
                items: fns.map((f) => ({ value: f.code, label: ctx.lang === 'en' ? f.titleEn : f.title })),
              }))}
              chosen={values.functions}
            />
            {fieldError('functions')}
          </fieldset>
          <fieldset class="form-group">
            <legend>{t('check.dataEntities')}</legend>
            <CheckboxList
              ctx={ctx}
              name="dataEntities"
              label={t('check.dataEntities')}
              groups={[
                {
                  items: props.dataEntities.map((d) => ({
                    value: d.code,
                    label: ctx.lang === 'en' ? d.nameEn : d.name,
                  })),
                },
              ]}
              chosen={values.dataEntities}
            />
            {fieldError('dataEntities')}
          </fieldset>
          <div>
            <button type="submit">{t('check.submit')}</button>
          </div>
        </form>
        <OverlapPanel
          ctx={ctx}
          report={props.report}
          errors={props.errors}
          addInferred={{ href: (r) => addInferredHref(values, r) }}
        />
      </div>
    </Layout>
  );
}
