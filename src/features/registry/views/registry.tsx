import { Badge, formatDate, PageHeader } from '../../../../views/components/ui';
import { L, type ViewCtx } from '../../../../views/context';
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
  const title = L(ctx, 'Aplikasi instansi saya', 'My agency’s applications');
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader
        title={title}
        lead={ctx.user?.agencyName ?? L(ctx, 'Akun tanpa instansi', 'Account without an agency')}
      />
      {ctx.url.searchParams.get('deleted') ? (
        <p class="notice ok" role="status">
          {L(ctx, 'Draf telah dihapus.', 'The draft was deleted.')}
        </p>
      ) : null}
      <p class="actions">
        <a class="button" href="/aplikasi/baru">
          {L(ctx, 'Daftarkan aplikasi', 'Register an application')}
        </a>{' '}
        <a class="button secondary" href="/periksa">
          {L(ctx, 'Periksa tumpang tindih', 'Check for overlap')}
        </a>{' '}
        <a class="button secondary" href="/fungsi/usul">
          {L(ctx, 'Usulkan fungsi', 'Propose a function')}
        </a>
      </p>
      {props.apps.length === 0 ? (
        <p class="empty">{L(ctx, 'Belum ada aplikasi terdaftar.', 'No applications registered yet.')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{L(ctx, 'Aplikasi', 'Application')}</th>
              <th>Status</th>
              <th>{L(ctx, 'Versi', 'Version')}</th>
              <th>{L(ctx, 'Diubah', 'Changed')}</th>
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
                  <a href={`/aplikasi/${a.id}/ubah`}>{L(ctx, 'Ubah', 'Edit')}</a> ·{' '}
                  <a href={`/aplikasi/${a.id}/riwayat`}>{L(ctx, 'Riwayat', 'History')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

const ACTION_LABELS: Record<string, [string, string]> = {
  create: ['didaftarkan', 'registered'],
  update: ['diubah', 'edited'],
  delete: ['dihapus', 'deleted'],
  'status:activate': ['diaktifkan', 'activated'],
  'status:retire': ['dihentikan', 'retired'],
  'status:reopen': ['diaktifkan kembali', 'reopened'],
};

const show = (x: unknown) =>
  x === null || x === undefined || x === '' ? '—' : Array.isArray(x) ? x.join(', ') : String(x);

/** Every change to an application, newest first, each with who, when and a field-by-field diff. */
export function HistoryPage(props: { ctx: ViewCtx; history: History }) {
  const { ctx } = props;
  const a = props.history.application;
  const title = L(ctx, `Riwayat: ${a.name}`, `History: ${a.name}`);
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} crumbs={[{ href: `/aplikasi/${a.id}`, label: a.name }]} />
      {props.history.events.length === 0 ? (
        <p class="empty">
          {L(
            ctx,
            'Belum ada perubahan tercatat (data awal atau demo).',
            'No recorded changes yet (seed or demo data).',
          )}
        </p>
      ) : (
        <ol class="cards history">
          {props.history.events.map((e) => {
            const label = ACTION_LABELS[e.action] ?? [e.action, e.action];
            return (
              <li>
                <div class="meta">
                  <strong>{L(ctx, label[0], label[1])}</strong>
                  {e.version ? <Badge>v{e.version}</Badge> : null}
                  <span>{formatDate(ctx, e.at, true)}</span>
                  <span>· {e.actor}</span>
                </div>
                {e.changes.length ? (
                  <table class="diff">
                    <thead>
                      <tr>
                        <th>{L(ctx, 'Isian', 'Field')}</th>
                        <th>{L(ctx, 'Sebelum', 'Before')}</th>
                        <th>{L(ctx, 'Sesudah', 'After')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {e.changes.map((ch) => (
                        <tr>
                          <td>
                            <code>{ch.field}</code>
                          </td>
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
