import type { Child } from 'hono/jsx';
import { Badge, PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { MessageKey } from '../../../kernel/i18n';
import { can } from '../../../kernel/policy';
import type { apiPage } from '../apis-service';

type Detail = Awaited<ReturnType<typeof apiPage>>;
type Operation = Detail['operations'][number];

interface SchemaLike {
  type?: string | string[];
  format?: string;
  description?: string;
  properties?: Record<string, SchemaLike>;
  items?: SchemaLike;
  required?: string[];
  enum?: unknown[];
  $ref?: string;
  circular?: boolean;
  truncated?: boolean;
  allOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  anyOf?: SchemaLike[];
}

const typeOf = (s: SchemaLike): string => {
  if (s.$ref) return s.$ref.split('/').pop() ?? s.$ref;
  const t = Array.isArray(s.type) ? s.type.join(' | ') : s.type;
  if (t === 'array' && s.items) return `${typeOf(s.items)}[]`;
  return [t ?? (s.properties ? 'object' : 'any'), s.format].filter(Boolean).join(' · ');
};

/** A JSON Schema as a nested list of fields, types and descriptions (readable without JavaScript). */
function Schema(props: { schema: unknown; depth?: number }): Child {
  const s = props.schema as SchemaLike | null;
  const depth = props.depth ?? 0;
  if (!s || typeof s !== 'object') return null;
  if (depth > 6) return <span class="hint">…</span>;
  const variants = s.allOf ?? s.oneOf ?? s.anyOf;
  if (variants) {
    return (
      <ul class="schema">
        {variants.map((v) => (
          <li>
            <Schema schema={v} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  const props_ = s.properties ?? s.items?.properties;
  if (!props_) {
    return (
      <code>
        {typeOf(s)}
        {s.enum ? ` (${s.enum.map(String).join(', ')})` : ''}
      </code>
    );
  }
  const required = new Set(s.required ?? s.items?.required ?? []);
  return (
    <ul class="schema">
      {s.items ? <li class="hint">array of:</li> : null}
      {Object.entries(props_).map(([name, p]) => (
        <li>
          <code>{name}</code>
          {required.has(name) ? <span class="req">*</span> : null}{' '}
          <small>
            {typeOf(p)}
            {p.enum ? ` (${p.enum.map(String).join(', ')})` : ''}
          </small>
          {p.description ? <span class="hint"> — {p.description}</span> : null}
          {p.properties || p.items?.properties ? <Schema schema={p} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** A curl command for the operation: method, base URL and path, required query parameters. */
export function exampleRequest(baseUrl: string | null, op: Operation): string {
  const params = op.parameters as { name?: string; in?: string; required?: boolean }[];
  const query = params.filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=…`);
  const path = op.path.replace(/\{(\w+)\}/g, ':$1');
  const url = `${(baseUrl ?? 'https://…').replace(/\/$/, '')}${path}${query.length ? `?${query.join('&')}` : ''}`;
  const headers = params.filter((p) => p.in === 'header' && p.required).map((p) => ` -H '${p.name}: …'`);
  const body = op.requestSchema ? ` -H 'Content-Type: application/json' -d '{…}'` : '';
  return `curl -X ${op.method} '${url}'${headers.join('')}${body}`;
}

function groupByTag(ops: Operation[]): [string, Operation[]][] {
  const groups = new Map<string, Operation[]>();
  for (const op of ops) {
    for (const tag of op.tags.length ? op.tags : ['']) {
      const list = groups.get(tag) ?? [];
      list.push(op);
      groups.set(tag, list);
    }
  }
  return [...groups.entries()];
}

const AUTH_LABEL: Record<string, MessageKey> = {
  none: 'registry.auth.none',
  api_key: 'registry.auth.api_key',
  oauth2: 'registry.auth.oauth2',
  basic: 'registry.auth.basic',
  mtls: 'registry.auth.mtls',
  other: 'registry.auth.other',
};

/** An API's page: who owns it, how to get access, what it exposes, who uses it, and every operation. */
export function ApiPage(props: { ctx: ViewCtx; detail: Detail }) {
  const { ctx, detail } = props;
  const { api } = detail;
  const title = `${api.name} v${api.apiVersion}`;
  return (
    <Layout ctx={ctx} title={title} description={api.description.slice(0, 160)}>
      <PageHeader
        title={title}
        crumbs={[
          { href: '/cari?type=api', label: 'API' },
          { href: `/aplikasi/${api.applicationId}`, label: api.applicationAcronym ?? api.applicationName },
        ]}
      />
      <p class="meta">
        <Badge kind="info">{api.protocol.toUpperCase()}</Badge>{' '}
        <Badge kind={api.access === 'publik' ? 'ok' : 'muted'}>{api.access}</Badge>{' '}
        {api.splpPublished ? <Badge kind="ok">{ctx.t('registry.onSplp')}</Badge> : null}
        {can(ctx.user, 'application.edit', api) ? (
          <>
            {' '}
            <a href={`/katalog-api/${api.id}/ubah`}>{ctx.t('catalogue.editApi')}</a>
          </>
        ) : null}
      </p>
      {api.description ? <p class="lead">{api.description}</p> : null}
      <div class="grid-2">
        <section aria-labelledby="owner">
          <h2 id="owner">{ctx.t('registry.ownerAndAccess')}</h2>
          <dl class="facts">
            <dt>{ctx.t('data.application')}</dt>
            <dd>
              <a href={`/aplikasi/${api.applicationId}`}>{api.applicationName}</a>
            </dd>
            <dt>{ctx.t('data.agency')}</dt>
            <dd>
              <a href={`/instansi/${api.agencyCode}`}>{api.agencyName}</a>
            </dd>
            <dt>Base URL</dt>
            <dd>{api.baseUrl ? <code>{api.baseUrl}</code> : '—'}</dd>
            <dt>{ctx.t('detail.access')}</dt>
            <dd>
              {api.access === 'publik'
                ? ctx.t('registry.publicAnyoneMayUseIt')
                : ctx.t('registry.restrictedAskTheOwnerFor')}
            </dd>
            <dt>{ctx.t('detail.auth')}</dt>
            <dd>{(AUTH_LABEL[api.auth] && ctx.t(AUTH_LABEL[api.auth] as MessageKey)) || api.auth}</dd>
            <dt>{ctx.t('detail.contact')}</dt>
            <dd>
              {api.contactEmail ? (
                <a href={`mailto:${api.contactEmail}`}>{api.contactEmail}</a>
              ) : (
                (api.contactName ?? '—')
              )}
            </dd>
            {api.documentationUrl ? (
              <>
                <dt>{ctx.t('registry.documentation')}</dt>
                <dd>
                  <a href={api.documentationUrl} rel="noopener noreferrer">
                    {api.documentationUrl}
                  </a>
                </dd>
              </>
            ) : null}
            <dt>{ctx.t('registry.spec')}</dt>
            <dd>
              {detail.spec ? (
                <a href={`/katalog-api/${api.id}/spec`} download hx-boost="false">
                  {ctx.t('registry.downloadTheOriginalSpec')} ({detail.spec.format})
                </a>
              ) : (
                '—'
              )}
            </dd>
          </dl>
        </section>
        <section aria-labelledby="data">
          <h2 id="data">{ctx.t('registry.dataExposed')}</h2>
          {detail.entities.length ? (
            <ul>
              {detail.entities.map((d) => (
                <li>
                  <a href={`/data/${d.code}`}>{ctx.lang === 'en' ? d.nameEn : d.name}</a>{' '}
                  <Badge>{d.sensitivity}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">—</p>
          )}
          <h2 id="consumers">{ctx.t('registry.usedBy')}</h2>
          {detail.consumers.length ? (
            <ul>
              {detail.consumers.map((a) => (
                <li>
                  <a href={`/aplikasi/${a.id}`}>{a.acronym ?? a.name}</a> <small>· {a.agencyName}</small>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">{ctx.t('registry.noRegisteredApplicationUsesIt')}</p>
          )}
        </section>
      </div>
      <h2 id="operations">
        {ctx.t('registry.operations2')} <small>({detail.operations.length})</small>
      </h2>
      {detail.operations.length === 0 ? (
        <p class="empty">{ctx.t('registry.noSpecWithOperationsYet')}</p>
      ) : (
        groupByTag(detail.operations).map(([tag, ops]) => (
          <section class="op-group">
            {tag ? <h3>{tag}</h3> : null}
            {ops.map((op) => (
              <details class="operation" id={`op-${op.id}`}>
                <summary>
                  <span class={`method m-${op.method.toLowerCase()}`}>{op.method}</span>{' '}
                  <code>{op.path}</code> <span>{op.summary}</span>
                </summary>
                {op.description ? <p>{op.description}</p> : null}
                {op.operationId ? (
                  <p class="hint">
                    operationId: <code>{op.operationId}</code>
                  </p>
                ) : null}
                {(op.parameters as unknown[]).length ? (
                  <table>
                    <thead>
                      <tr>
                        <th>{ctx.t('registry.parameter')}</th>
                        <th>{ctx.t('registry.in')}</th>
                        <th>{ctx.t('registry.type')}</th>
                        <th>{ctx.t('registry.description2')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(
                        op.parameters as {
                          name?: string;
                          in?: string;
                          required?: boolean;
                          description?: string;
                          schema?: SchemaLike;
                          type?: string;
                        }[]
                      ).map((p) => (
                        <tr>
                          <td>
                            <code>{p.name}</code>
                            {p.required ? <span class="req">*</span> : null}
                          </td>
                          <td>{p.in}</td>
                          <td>
                            <code>{p.schema ? typeOf(p.schema) : (p.type ?? '')}</code>
                          </td>
                          <td>{p.description ?? ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {op.requestSchema ? (
                  <>
                    <h4>{ctx.t('registry.requestBody')}</h4>
                    <Schema schema={op.requestSchema} />
                  </>
                ) : null}
                {op.responseSchema ? (
                  <>
                    <h4>{ctx.t('registry.response')}</h4>
                    <Schema schema={op.responseSchema} />
                  </>
                ) : null}
                <h4>{ctx.t('registry.exampleRequest')}</h4>
                <pre>
                  <code>{exampleRequest(api.baseUrl, op)}</code>
                </pre>
              </details>
            ))}
          </section>
        ))
      )}
    </Layout>
  );
}
