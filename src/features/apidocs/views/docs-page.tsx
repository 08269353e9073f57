import type { Child } from 'hono/jsx';
import { PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import type { ApiDocsView, MediaView, OperationView, ParamView, SchemaNode } from '../view-model';

// The API reference: every operation of /api/v1/openapi.json with its parameters, body and
// answers, rendered on the server (no script needed; the "try it" forms are plain GET forms).
// The page's own words follow the page's language; the document's texts are English and are
// marked `lang="en"`.

const en = { lang: 'en' } as const;

/** An operation's anchor on the page. */
export const opAnchor = (operationId: string) => `op-${operationId}`;
const schemaAnchor = (name: string) => `schema-${name}`;

export function ApiDocsPage(props: { ctx: ViewCtx; view: ApiDocsView }) {
  const { ctx, view } = props;
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t('docs.title')} description={t('docs.lead')}>
      <div class="api-docs">
        <PageHeader title={t('docs.title')} lead={t('docs.lead')} />
        <p>
          {t('docs.version', { version: view.version, count: view.operationCount })} ·{' '}
          <a href="/api/v1/openapi.json" hx-boost="false">
            {t('footer.openapi')}
          </a>{' '}
          · <a href="/katalog-api">{t('nav.apiCatalogue')}</a>
        </p>
        <details class="doc-intro">
          <summary>{t('docs.about')}</summary>
          <p {...en}>{view.description}</p>
          <p>{t('docs.tokenHint')}</p>
        </details>
        <nav class="doc-toc" aria-label={t('docs.contents')}>
          <h2>{t('docs.contents')}</h2>
          <ul>
            {view.groups.map((g) => (
              <li>
                <a href={`#tag-${slug(g.name)}`} {...en}>
                  {g.name}
                </a>
                <ul>
                  {g.operations.map((o) => (
                    <li>
                      <a href={`#${opAnchor(o.operationId)}`}>
                        <Method method={o.method} /> <code>{o.path}</code>
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            <li>
              <a href="#schemas">{t('docs.schemas')}</a>
            </li>
          </ul>
        </nav>
        {view.groups.map((g) => (
          <section aria-labelledby={`tag-${slug(g.name)}`}>
            <h2 id={`tag-${slug(g.name)}`} {...en}>
              {g.name}
            </h2>
            {g.description ? <p {...en}>{g.description}</p> : null}
            {g.operations.map((o) => (
              <Operation ctx={ctx} op={o} />
            ))}
          </section>
        ))}
        <section aria-labelledby="schemas">
          <h2 id="schemas">{t('docs.schemas')}</h2>
          {view.schemas.map((s) => (
            <section
              class="doc-schema"
              id={schemaAnchor(s.name)}
              aria-labelledby={`${schemaAnchor(s.name)}-h`}
            >
              <h3 id={`${schemaAnchor(s.name)}-h`}>
                <code>{s.name}</code>
              </h3>
              <SchemaBlock ctx={ctx} node={s.node} />
            </section>
          ))}
        </section>
      </div>
    </Layout>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function Method(props: { method: string }) {
  return <span class={`http-method m-${props.method.toLowerCase()}`}>{props.method}</span>;
}

function Operation(props: { ctx: ViewCtx; op: OperationView }) {
  const { ctx, op } = props;
  const t = ctx.t;
  const id = opAnchor(op.operationId);
  return (
    <article class="doc-op" id={id} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        <Method method={op.method} /> <code class="doc-path">{op.path}</code>
      </h3>
      <p class="doc-summary">
        <strong {...en}>{op.summary}</strong>
      </p>
      <p {...en}>{op.description}</p>
      <p class="source-note">
        {t(`docs.access.${op.access}`)} · {t('docs.operationId')} <code>{op.operationId}</code>
      </p>
      {op.parameters.length ? (
        <>
          <h4>{t('docs.parameters')}</h4>
          <ul class="doc-fields">
            {op.parameters.map((p) => (
              <Param ctx={ctx} p={p} />
            ))}
          </ul>
        </>
      ) : null}
      {op.body ? (
        <>
          <h4>
            {t('docs.body')}
            {op.body.required ? <span class="doc-req"> · {t('docs.required')}</span> : null}
          </h4>
          {op.body.media.map((m) => (
            <Media ctx={ctx} m={m} />
          ))}
        </>
      ) : null}
      <h4>{t('docs.responses')}</h4>
      <ul class="doc-responses">
        {op.responses.map((r) => (
          <li>
            <span class={`doc-status s${r.status.slice(0, 1)}`}>{r.status}</span>{' '}
            <span {...en}>{r.description}</span>
            {r.media.map((m) => (
              <Media ctx={ctx} m={m} compact />
            ))}
          </li>
        ))}
      </ul>
      {op.tryable ? <TryForm ctx={ctx} op={op} /> : null}
    </article>
  );
}

function Param(props: { ctx: ViewCtx; p: ParamView }) {
  const { ctx, p } = props;
  return (
    <li>
      <code class="doc-name">{p.name}</code> <span class="doc-in">{ctx.t(`docs.in.${p.in}`)}</span>{' '}
      {p.required ? <span class="doc-req">{ctx.t('docs.required')}</span> : null} <TypeLabel node={p.node} />
      {p.description ? <div {...en}>{p.description}</div> : null}
      <Constraints node={p.node} />
    </li>
  );
}

function Media(props: { ctx: ViewCtx; m: MediaView; compact?: boolean }) {
  const { ctx, m } = props;
  return (
    <div class="doc-media">
      <code>{m.mediaType}</code>
      {m.node ? (
        <>
          {' '}
          <TypeLabel node={m.node} />
          {props.compact ? null : <SchemaBlock ctx={ctx} node={m.node} />}
        </>
      ) : null}
    </div>
  );
}

/** A schema's type on one line: a component link, `array of X`, `A | B`. */
function TypeLabel(props: { node: SchemaNode }): Child {
  const n = props.node;
  if (n.ref)
    return (
      <a class="doc-type" href={`#${schemaAnchor(n.ref)}`}>
        {n.ref}
      </a>
    );
  if (n.variants?.length)
    return (
      <span class="doc-type">
        {n.variants.map((v, i) => (
          <>
            {i ? ' | ' : ''}
            <TypeLabel node={v} />
          </>
        ))}
      </span>
    );
  if (n.items)
    return (
      <span class="doc-type">
        {n.type || 'array'}&lt;
        <TypeLabel node={n.items} />
        &gt;
      </span>
    );
  return n.type ? <span class="doc-type">{n.type}</span> : null;
}

function Constraints(props: { node: SchemaNode }) {
  const n = props.node;
  const items = [...n.constraints, ...(n.items?.constraints ?? [])];
  const values = n.enumValues ?? n.items?.enumValues;
  if (!items.length && !values) return null;
  return (
    <div class="doc-constraints">
      {items.map((c) => (
        <code>{c}</code>
      ))}
      {values ? <code>enum: {values.join(', ')}</code> : null}
    </div>
  );
}

/** A schema's description, constraints and properties (nested objects inline, components linked). */
function SchemaBlock(props: { ctx: ViewCtx; node: SchemaNode }): Child {
  const { ctx, node } = props;
  const props_ = node.props ?? node.items?.props;
  return (
    <>
      {node.description ? <p {...en}>{node.description}</p> : null}
      <Constraints node={node} />
      {props_?.length ? (
        <ul class="doc-fields">
          {props_.map((p) => (
            <li>
              <code class="doc-name">{p.name}</code>{' '}
              {p.required ? <span class="doc-req">{ctx.t('docs.required')}</span> : null}{' '}
              <TypeLabel node={p.node} />
              <SchemaBlock ctx={ctx} node={p.node} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** A plain GET form: the server fills the path and sends the browser to the answer. */
function TryForm(props: { ctx: ViewCtx; op: OperationView }) {
  const { ctx, op } = props;
  const params = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  return (
    <details class="doc-try">
      <summary>{ctx.t('docs.try')}</summary>
      <form method="get" action="/api/v1/docs/coba" hx-boost="false" class="stack">
        <input type="hidden" name="_op" value={op.operationId} />
        {params.map((p) => (
          <div class="form-field">
            <label for={`${op.operationId}-${p.name}`}>
              <code>{p.name}</code>{' '}
              {p.required ? <span class="doc-req">{ctx.t('docs.required')}</span> : null}
            </label>
            <input
              id={`${op.operationId}-${p.name}`}
              name={p.name}
              required={p.required}
              list={p.node.enumValues ? `${op.operationId}-${p.name}-values` : undefined}
            />
            {p.node.enumValues ? (
              <datalist id={`${op.operationId}-${p.name}-values`}>
                {p.node.enumValues.map((v) => (
                  <option value={v} />
                ))}
              </datalist>
            ) : null}
          </div>
        ))}
        <p>
          <button type="submit" class="button secondary">
            {ctx.t('docs.send')}
          </button>
        </p>
      </form>
    </details>
  );
}
