import { Badge, ErrorSummary, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { FieldError } from '../../../kernel/errors';
import type { DataEntityRow, FunctionRow } from '../../catalogue/repo/catalogue';
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

/** The live panel: shared coverage and the ranked matches with their evidence. */
export function OverlapPanel(props: Pick<CheckView, 'ctx' | 'report' | 'errors'>) {
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
            <strong>{t('check.coverageText', { pct: pct(report.sharedCoverage) })}</strong>
            {report.coveredBy.length ? (
              <>
                {' '}
                {t('check.coveredBy')}:{' '}
                {report.coveredBy.map((a, i) => (
                  <>
                    {i ? ', ' : ''}
                    <a href={`/aplikasi/${a.id}`}>{a.acronym ?? a.name}</a>
                  </>
                ))}
              </>
            ) : null}
          </p>
          <h3>{t('check.matches')}</h3>
          {report.matches.length === 0 ? (
            <p class="empty">{t('check.noMatches')}</p>
          ) : (
            <ol class="cards matches">
              {report.matches.map((m) => (
                <li class={m.flagged ? 'flagged' : undefined}>
                  <a class="title" href={`/aplikasi/${m.application.id}`}>
                    {m.application.acronym && m.application.acronym !== m.application.name
                      ? `${m.application.name} (${m.application.acronym})`
                      : m.application.name}
                  </a>
                  <div class="meta">
                    {m.application.scope === 'national' ? (
                      <Badge kind="shared">{t('category.umum')}</Badge>
                    ) : null}
                    {m.flagged ? <Badge kind="warn">{t('check.flagged')}</Badge> : null}
                    <span>{m.application.agency.name}</span>
                    <span>· {t('check.score', { score: pct(m.score) })}</span>
                  </div>
                  <dl class="evidence">
                    {m.evidence.functions.length ? (
                      <>
                        <dt>{t('check.evidenceFunctions')}</dt>
                        <dd>
                          {m.evidence.functions
                            .map(
                              (f) => `${f.title}${f.match === 'parent' ? ` ${t('check.parentMatch')}` : ''}`,
                            )
                            .join('; ')}
                        </dd>
                      </>
                    ) : null}
                    {m.evidence.dataEntities.length ? (
                      <>
                        <dt>{t('check.evidenceData')}</dt>
                        <dd>{m.evidence.dataEntities.map((d) => d.name).join('; ')}</dd>
                      </>
                    ) : null}
                    {m.evidence.terms.length ? (
                      <>
                        <dt>{t('check.evidenceTerms')}</dt>
                        <dd>{m.evidence.terms.join(', ')}</dd>
                      </>
                    ) : null}
                  </dl>
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
          <label>
            {t('check.functions')} <small>{t('check.functionsHelp')}</small>
            <select name="functions" multiple size={10}>
              {[...groups.entries()].map(([parent, fns]) => (
                <optgroup label={`${parent} ${fns[0]!.parentTitle}`}>
                  {fns.map((f) => (
                    <option value={f.code} selected={values.functions.includes(f.code)}>
                      {ctx.lang === 'en' ? f.titleEn : f.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {fieldError('functions')}
          </label>
          <label>
            {t('check.dataEntities')}
            <select name="dataEntities" multiple size={6}>
              {props.dataEntities.map((d) => (
                <option value={d.code} selected={values.dataEntities.includes(d.code)}>
                  {ctx.lang === 'en' ? d.nameEn : d.name}
                </option>
              ))}
            </select>
            {fieldError('dataEntities')}
          </label>
          <div>
            <button type="submit">{t('check.submit')}</button>
          </div>
        </form>
        <OverlapPanel ctx={ctx} report={props.report} errors={props.errors} />
      </div>
    </Layout>
  );
}
