import { Badge, formatDate, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { MessageKey } from '../../../kernel/i18n';
import type { applicationHistory } from '../service';

type History = Awaited<ReturnType<typeof applicationHistory>>;

/** The operator's own agency's applications, drafts included, with the way to register one. */
export function MyApplicationsPage(props: {
  ctx: ViewCtx;
  apps: {
    id: number;
    name: string;
    acronym: string | null;
    status: string;
    version: number;
    updatedAt: number;
  }[];
}) {
  const { ctx } = props;
  const title = ctx.t('registry.myAgencySApplications');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={ctx.user?.agencyName ?? ctx.t('registry.accountWithoutAnAgency')} />
      {ctx.url.searchParams.get('deleted') ? (
        <p class="notice ok" role="status">
          {ctx.t('registry.theDraftWasDeleted')}
        </p>
      ) : null}
      <p class="actions">
        <a class="button" href="/aplikasi/baru">
          {ctx.t('registry.registerAnApplication')}
        </a>{' '}
        <a class="button secondary" href="/impor">
          {ctx.t('registry.importApplications')}
        </a>{' '}
        <a class="button secondary" href="/periksa">
          {ctx.t('registry.checkForOverlap')}
        </a>{' '}
        <a class="button secondary" href="/fungsi/usul">
          {ctx.t('registry.proposeAFunction')}
        </a>
      </p>
      {props.apps.length === 0 ? (
        <p class="empty">{ctx.t('registry.noApplicationsRegisteredYet')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{ctx.t('data.application')}</th>
              <th>Status</th>
              <th>{ctx.t('registry.version')}</th>
              <th>{ctx.t('registry.changed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.apps.map((a) => (
              <tr>
                <td>
                  <a href={`/aplikasi/${a.id}`}>{a.name}</a>{' '}
                  {a.acronym ? <span class="alt">{a.acronym}</span> : null}
                </td>
                <td>
                  <Badge kind={a.status === 'active' ? 'ok' : 'muted'}>
                    {ctx.t(`status.${a.status}` as MessageKey)}
                  </Badge>
                </td>
                <td>{a.version}</td>
                <td>{formatDate(ctx, a.updatedAt, true)}</td>
                <td>
                  <a href={`/aplikasi/${a.id}/ubah`}>{ctx.t('catalogue.edit')}</a> ·{' '}
                  <a href={`/aplikasi/${a.id}/riwayat`}>{ctx.t('catalogue.history')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

const ACTION_LABELS: Record<string, MessageKey> = {
  create: 'registry.action.create',
  update: 'registry.action.update',
  delete: 'registry.action.delete',
  'status:activate': 'registry.action.status_activate',
  'status:retire': 'registry.action.status_retire',
  'status:reopen': 'registry.action.status_reopen',
  'api:create': 'history.action.apiCreate',
  'api:update': 'history.action.apiUpdate',
  'api:delete': 'history.action.apiDelete',
};

/** The label of a recorded field, as the form names it (never the storage key). */
const FIELD_LABELS: Record<string, MessageKey> = {
  agency: 'history.field.agency',
  unit: 'history.field.unit',
  name: 'history.field.name',
  acronym: 'history.field.acronym',
  description: 'history.field.description',
  category: 'history.field.category',
  status: 'history.field.status',
  raa: 'history.field.raa',
  hosting: 'history.field.hosting',
  url: 'history.field.url',
  repositoryUrl: 'history.field.repositoryUrl',
  licence: 'history.field.licence',
  yearlyCost: 'history.field.yearlyCost',
  launchYear: 'history.field.launchYear',
  contactName: 'history.field.contactName',
  contactEmail: 'history.field.contactEmail',
  contactPhone: 'history.field.contactPhone',
  functions: 'history.field.functions',
  dataEntities: 'history.field.dataEntities',
  consumedApis: 'history.field.consumedApis',
  relations: 'history.field.relations',
  version: 'history.field.version',
  api: 'history.field.api',
};

const show = (x: unknown) =>
  x === null || x === undefined || x === '' ? '—' : Array.isArray(x) ? x.join(', ') : String(x);

/** Every change to an application, newest first, each with who, when and a field-by-field diff. */
export function HistoryPage(props: { ctx: ViewCtx; history: History }) {
  const { ctx } = props;
  const a = props.history.application;
  const title = ctx.t('registry.history', { name: a.name });
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} crumbs={[{ href: `/aplikasi/${a.id}`, label: a.name }]} />
      {props.history.events.length === 0 ? (
        <p class="empty">{ctx.t('registry.noRecordedChangesYetSeed')}</p>
      ) : (
        <ol class="cards history">
          {props.history.events.map((e) => {
            const label = ACTION_LABELS[e.action];
            return (
              <li>
                <div class="meta">
                  <strong>{label ? ctx.t(label) : e.action}</strong>
                  {e.version ? <Badge>v{e.version}</Badge> : null}
                  <span>{formatDate(ctx, e.at, true)}</span>
                  <span>· {e.actor}</span>
                </div>
                {e.changes.length ? (
                  <table class="diff">
                    <thead>
                      <tr>
                        <th>{ctx.t('registry.field')}</th>
                        <th>{ctx.t('registry.before')}</th>
                        <th>{ctx.t('registry.after')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {e.changes.map((ch) => (
                        <tr>
                          <th scope="row">
                            {FIELD_LABELS[ch.field] ? ctx.t(FIELD_LABELS[ch.field]!) : ch.field}
                          </th>
                          {ch.added || ch.removed ? (
                            <td colspan={2}>
                              {ch.added?.length ? <ins>+ {show(ch.added)}</ins> : null}{' '}
                              {ch.removed?.length ? <del>− {show(ch.removed)}</del> : null}
                            </td>
                          ) : (
                            <>
                              <td>
                                <del>{show(ch.before)}</del>
                              </td>
                              <td>
                                <ins>{show(ch.after)}</ins>
                              </td>
                            </>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Layout>
  );
}
