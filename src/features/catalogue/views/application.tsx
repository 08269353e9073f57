import type { AppStatus } from '../../../../db/schema/applications';
import { Badge, ConfidenceNote, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { CsrfField, Layout } from '../../../../views/layout';
import { formatNumber, formatRupiah, type MessageKey } from '../../../kernel/i18n';
import { can } from '../../../kernel/policy';
import type { applicationDetail } from '../service';

type Detail = Awaited<ReturnType<typeof applicationDetail>>;

const date = (ctx: ViewCtx, ms: number) =>
  new Date(ms).toLocaleDateString(ctx.lang === 'id' ? 'id-ID' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });

/** An application's page: facts, functions, data entities with roles, APIs, relations, similar apps. */
export function ApplicationPage(props: { ctx: ViewCtx; detail: Detail }) {
  const { ctx } = props;
  const { t } = ctx;
  const {
    application: a,
    functions,
    dataEntities,
    providedApis,
    consumedApis,
    related,
    similar,
  } = props.detail;
  const title = a.acronym && a.acronym !== a.name ? `${a.name} (${a.acronym})` : a.name;
  const editable = can(ctx.user, 'application.edit', a);
  return (
    <Layout ctx={ctx} title={title} description={a.description.slice(0, 160)}>
      <PageHeader
        title={title}
        crumbs={[
          { href: '/aplikasi', label: t('nav.applications') },
          { href: `/instansi/${a.agencyCode}`, label: a.agencyName },
        ]}
      />
      <p class="meta">
        {a.category === 'umum' ? (
          <Badge kind="shared">{t('category.umum')}</Badge>
        ) : (
          <Badge>{t('category.khusus')}</Badge>
        )}{' '}
        <Badge kind={a.status === 'active' ? 'ok' : 'muted'}>{t(`status.${a.status}` as MessageKey)}</Badge>
      </p>
      {ctx.url.searchParams.get('saved') ? (
        <p class="notice ok" role="status">
          {ctx.t('catalogue.saved')} (v{a.version})
        </p>
      ) : null}
      {can(ctx.user, 'application.manage', a) ? <OwnerActions ctx={ctx} app={a} /> : null}
      <p class="lead">{a.description}</p>
      <ConfidenceNote ctx={ctx} confidence={a.confidence} note={a.sourceNote} />

      <div class="grid-2">
        <section aria-labelledby="facts">
          <h2 id="facts">{t('detail.facts')}</h2>
          <dl class="facts">
            <dt>{t('detail.owner')}</dt>
            <dd>
              <a href={`/instansi/${a.agencyCode}`}>{a.agencyName}</a> ·{' '}
              {t(`kind.${a.agencyKind}` as MessageKey)}
            </dd>
            {a.unit ? (
              <>
                <dt>{t('detail.unit')}</dt>
                <dd>{a.unit}</dd>
              </>
            ) : null}
            {a.raaCode ? (
              <>
                <dt>{t('detail.raa')}</dt>
                <dd>
                  <code>{a.raaCode}</code> {ctx.lang === 'en' && a.raaTitleEn ? a.raaTitleEn : a.raaTitle}
                </dd>
              </>
            ) : null}
            {a.hosting ? (
              <>
                <dt>{t('detail.hosting')}</dt>
                <dd>{t(`hosting.${a.hosting}` as MessageKey)}</dd>
              </>
            ) : null}
            {a.url ? (
              <>
                <dt>{t('detail.url')}</dt>
                <dd>
                  <a href={a.url} rel="noopener nofollow">
                    {a.url}
                  </a>
                </dd>
              </>
            ) : null}
            {a.repositoryUrl ? (
              <>
                <dt>{t('detail.repository')}</dt>
                <dd>{a.repositoryUrl}</dd>
              </>
            ) : null}
            {a.licence ? (
              <>
                <dt>{t('detail.licence')}</dt>
                <dd>{a.licence}</dd>
              </>
            ) : null}
            {a.yearlyCost != null ? (
              <>
                <dt>{t('detail.cost')}</dt>
                <dd>{formatRupiah(ctx.lang, a.yearlyCost)}</dd>
              </>
            ) : null}
            {a.launchYear ? (
              <>
                <dt>{t('detail.launchYear')}</dt>
                <dd>{a.launchYear}</dd>
              </>
            ) : null}
            {a.contactName || a.contactEmail ? (
              <>
                <dt>{t('detail.contact')}</dt>
                <dd>
                  {a.contactName}{' '}
                  {a.contactEmail ? <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a> : null}{' '}
                  {a.contactPhone}
                </dd>
              </>
            ) : null}
            <dt>{t('detail.updated')}</dt>
            <dd>{date(ctx, a.updatedAt)}</dd>
          </dl>
        </section>

        <section aria-labelledby="functions">
          <h2 id="functions">{t('detail.functions')}</h2>
          {functions.length === 0 ? (
            <p>{t('detail.noFunctions')}</p>
          ) : (
            <ul>
              {functions.map((f) => (
                <li>
                  <a href={`/fungsi/${f.code}`}>{ctx.lang === 'en' ? f.titleEn : f.title}</a>{' '}
                  <code>{f.code}</code>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="data">
        <h2 id="data">{t('detail.data')}</h2>
        {dataEntities.length === 0 ? (
          <p>{t('detail.noData')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('nav.data')}</th>
                <th scope="col">{t('detail.role')}</th>
                <th scope="col">{t('data.sensitivity')}</th>
              </tr>
            </thead>
            <tbody>
              {dataEntities.map((d) => (
                <tr>
                  <td>
                    <a href={`/data/${d.code}`}>{ctx.lang === 'en' ? d.nameEn : d.name}</a>{' '}
                    <code>{d.code}</code>
                  </td>
                  <td>
                    <Badge kind={d.role === 'master' ? 'info' : 'muted'}>
                      {t(`role.${d.role}` as MessageKey)}
                    </Badge>
                  </td>
                  <td>
                    {t(`sensitivity.${d.sensitivity}` as MessageKey)}
                    {d.personalData ? ` · ${t('data.personal')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="apis">
        <h2 id="apis">{t('detail.apis')}</h2>
        {editable ? (
          <p>
            <a class="button secondary" href={`/aplikasi/${a.id}/api/baru`}>
              {ctx.t('catalogue.addAnApi')}
            </a>
          </p>
        ) : null}
        {providedApis.length === 0 ? (
          <p>{t('detail.noApis')}</p>
        ) : (
          <ul class="cards">
            {providedApis.map((p) => (
              <li>
                <a class="title" href={`/katalog-api/${p.id}`}>
                  {p.name} <small>v{p.apiVersion}</small>
                </a>
                <div class="meta">
                  <Badge kind="info">{p.protocol.toUpperCase()}</Badge>
                  <span>
                    {t('detail.access')}: {p.access}
                  </span>
                  <span>
                    {t('detail.auth')}: {p.auth}
                  </span>
                  {p.splpPublished ? <Badge kind="ok">{t('detail.splp')}</Badge> : null}
                  {p.operations ? (
                    <span>{t('detail.operations', { n: formatNumber(ctx.lang, p.operations) })}</span>
                  ) : null}
                </div>
                {p.description ? <p>{p.description}</p> : null}
                {p.baseUrl ? (
                  <p>
                    <code>{p.baseUrl}</code>
                  </p>
                ) : null}
                <p class="meta">
                  <span>ID API: {p.id}</span>
                  {editable ? <a href={`/katalog-api/${p.id}/ubah`}>{ctx.t('catalogue.editApi')}</a> : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {consumedApis.length ? (
        <section aria-labelledby="consumes">
          <h2 id="consumes">{t('detail.consumes')}</h2>
          <ul>
            {consumedApis.map((p) => (
              <li>
                {p.name} — <a href={`/aplikasi/${p.applicationId}`}>{p.applicationName}</a> ({p.agencyName})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {related.length ? (
        <section aria-labelledby="related">
          <h2 id="related">{t('detail.related')}</h2>
          <ul>
            {related.map((r) => (
              <li>
                {t(`relation.${r.kind}` as MessageKey)} {r.direction === 'in' ? t('relation.in') : ''}:{' '}
                <a href={`/aplikasi/${r.id}`}>{r.name}</a> ({r.agencyName}){' '}
                {r.category === 'umum' ? <Badge kind="shared">{t('category.umum')}</Badge> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {similar.length ? (
        <section aria-labelledby="similar">
          <h2 id="similar">{t('detail.similar')}</h2>
          <p class="lead">{t('detail.similarLead')}</p>
          <ul class="cards">
            {similar.map((s) => (
              <li>
                <a class="title" href={`/aplikasi/${s.id}`}>
                  {s.name}
                </a>
                <div class="meta">
                  {s.category === 'umum' ? <Badge kind="shared">{t('category.umum')}</Badge> : null}
                  <span>{s.agencyName}</span>
                  <span>· {t('detail.sharedFunctions', { n: s.shared })}</span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** The status buttons, each shown when the permission table allows it (activating a draft publishes it). */
const STATUS_ACTIONS = [
  {
    action: 'activate',
    label: (s: AppStatus): MessageKey => (s === 'draft' ? 'catalogue.publishAsActive' : 'catalogue.activate'),
  },
  { action: 'retire', label: () => 'catalogue.retire' },
  { action: 'reopen', label: () => 'catalogue.reopen' },
] as const satisfies readonly { action: string; label: (s: AppStatus) => MessageKey }[];

/** Edit, history and lifecycle buttons for those who may change the application. */
function OwnerActions(props: { ctx: ViewCtx; app: Detail['application'] }) {
  const { ctx, app } = props;
  return (
    <div class="owner-actions">
      {can(ctx.user, 'application.edit', app) ? (
        <a class="button" href={`/aplikasi/${app.id}/ubah`}>
          {ctx.t('catalogue.edit')}
        </a>
      ) : null}
      <a class="button secondary" href={`/aplikasi/${app.id}/riwayat`}>
        {ctx.t('catalogue.history')}
      </a>
      {STATUS_ACTIONS.filter((s) => can(ctx.user, `application.${s.action}`, app)).map((s) => (
        <form method="post" action={`/aplikasi/${app.id}/status`} class="inline">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(app.version)} />
          <input type="hidden" name="action" value={s.action} />
          <button type="submit" class="secondary">
            {ctx.t(s.label(app.status))}
          </button>
        </form>
      ))}
      {can(ctx.user, 'application.delete', app) ? (
        <form method="post" action={`/aplikasi/${app.id}/hapus`} class="inline">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(app.version)} />
          <button type="submit" class="secondary danger">
            {ctx.t('catalogue.deleteDraft')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
