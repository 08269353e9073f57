import type { Child } from 'hono/jsx';
import { formatNumber } from '../../src/kernel/i18n';
import type { ViewCtx } from '../context';

/** A URL with the given query parameters replaced (undefined/empty removes them). */
export function withQuery(url: URL, changes: Record<string, string | number | undefined>): string {
  // As URLSearchParams' set/delete would leave them: a replaced key keeps its first place, a new
  // one comes last, `lang` never (the page's language is the reader's, not the link's). Built
  // from the pairs read once per URL: a results page asks this for every facet value.
  const pairs: [string, string][] = [];
  const placed = new Set<string>();
  for (const [k, v] of queryPairs(url)) {
    if (!Object.hasOwn(changes, k)) {
      pairs.push([k, v]);
      continue;
    }
    if (placed.has(k)) continue;
    placed.add(k);
    const value = changes[k];
    if (value !== undefined && value !== '') pairs.push([k, String(value)]);
  }
  for (const [k, value] of Object.entries(changes))
    if (!placed.has(k) && k !== 'lang' && value !== undefined && value !== '') pairs.push([k, String(value)]);
  const qs = new URLSearchParams(pairs).toString();
  return qs ? `${url.pathname}?${qs}` : url.pathname;
}

const pairsOf = new WeakMap<URL, [string, string][]>();
function queryPairs(url: URL): [string, string][] {
  let pairs = pairsOf.get(url);
  if (!pairs) {
    pairs = [...url.searchParams].filter(([k]) => k !== 'lang');
    pairsOf.set(url, pairs);
  }
  return pairs;
}

/** Previous / next and a window of page numbers; plain links, so it works without JavaScript. */
export function Pagination(props: {
  ctx: ViewCtx;
  page: number;
  pageSize: number;
  total: number;
  target?: string;
}) {
  const { ctx, page, pageSize, total } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const window: number[] = [];
  for (let p = Math.max(1, page - 2); p <= Math.min(pages, page + 2); p++) window.push(p);
  const link = (p: number, label: Child, rel?: string) => (
    <a
      href={withQuery(ctx.url, { page: p === 1 ? undefined : p })}
      rel={rel}
      aria-current={p === page ? 'page' : undefined}
    >
      {label}
    </a>
  );
  return (
    <nav class="pagination" aria-label={ctx.t('nav.pages')}>
      {page > 1 ? link(page - 1, ctx.t('nav.prev'), 'prev') : null}
      {window[0]! > 1 ? (
        <>
          {link(1, '1')}
          <span>…</span>
        </>
      ) : null}
      {window.map((p) => link(p, formatNumber(ctx.lang, p)))}
      {window[window.length - 1]! < pages ? (
        <>
          <span>…</span>
          {link(pages, formatNumber(ctx.lang, pages))}
        </>
      ) : null}
      {page < pages ? link(page + 1, ctx.t('nav.next'), 'next') : null}
    </nav>
  );
}

/** A small coloured label. */
export function Badge(props: {
  kind?: 'shared' | 'ok' | 'warn' | 'muted' | 'info';
  children: Child;
  title?: string;
}) {
  return (
    <span class={`badge ${props.kind ?? 'muted'}`} title={props.title}>
      {props.children}
    </span>
  );
}

/** Page heading with an optional lead paragraph and breadcrumb trail. */
export function PageHeader(props: {
  title: Child;
  lead?: Child;
  crumbs?: { href: string; label: string }[];
}) {
  return (
    <div class="page-header">
      {props.crumbs?.length ? (
        <nav class="crumbs" aria-label="breadcrumb">
          {props.crumbs.map((c) => (
            <>
              <a href={c.href}>{c.label}</a> ›{' '}
            </>
          ))}
        </nav>
      ) : null}
      <h1>{props.title}</h1>
      {props.lead ? <p class="lead">{props.lead}</p> : null}
    </div>
  );
}

/** The list of field problems for a rejected query or form, announced to screen readers. */
export function ErrorSummary(props: {
  title: string;
  errors: { field: string; message: string; label?: string }[];
}) {
  if (!props.errors.length) return null;
  return (
    <div class="error-summary" role="alert">
      <strong>{props.title}</strong>
      <ul>
        {props.errors.map((e) => (
          <li>
            {e.label ? <strong>{e.label}: </strong> : null}
            {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Showing 1–20 of 1,234". */
export function ResultCount(props: { ctx: ViewCtx; page: number; pageSize: number; total: number }) {
  const { ctx, page, pageSize, total } = props;
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const n = (x: number) => formatNumber(ctx.lang, x);
  return (
    <p class="result-count" aria-live="polite">
      {ctx.t('list.showing', { from: n(from), to: n(to), total: n(total) })}
    </p>
  );
}

/** Marks seeded facts that are not confirmed ([S] secondary source, [B] believed). */
export function ConfidenceNote(props: { ctx: ViewCtx; confidence: string | null; note: string | null }) {
  if (!props.confidence && !props.note) return null;
  const c = props.confidence;
  const label = c === 'V' || c === 'S' || c === 'B' ? props.ctx.t(`confidence.${c}`) : null;
  return (
    <p class="source-note">
      {label ? <Badge kind={props.confidence === 'V' ? 'ok' : 'warn'}>{label}</Badge> : null} {props.note}
    </p>
  );
}

/** A date (with the time if asked) as people in Jakarta read it; '—' for none. */
export function formatDate(
  ctx: ViewCtx,
  at: number | string | Date | null | undefined,
  withTime = false,
): string {
  if (at === null || at === undefined) return '—';
  return new Date(at).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'id-ID', {
    ...(withTime
      ? { dateStyle: 'medium', timeStyle: 'short' }
      : { day: 'numeric', month: 'long', year: 'numeric' }),
    timeZone: 'Asia/Jakarta',
  });
}

/**
 * A fraction 0..1 as a whole percentage ("65%"). Rounded at a millionth first so that a share
 * stored per mille (0.145) shows as it was meant (15%), not as its binary neighbour (14%).
 */
export function percent(share: number): string {
  return `${Math.round(Math.round(share * 1e6) / 1e4)}%`;
}
