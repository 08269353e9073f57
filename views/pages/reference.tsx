import { REFERENCE_DOMAINS, type ReferenceDomain } from '../../db/schema/reference';
import type { MessageKey } from '../../src/i18n';
import type { ReferenceCodeRow } from '../../src/repo/catalogue';
import { Badge, PageHeader } from '../components/ui';
import type { ViewCtx } from '../context';
import { Layout } from '../layout';

export function ReferenceIndexPage(props: { ctx: ViewCtx; counts: Record<string, number> }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('reference.title')}>
      <PageHeader title={t('reference.title')} lead={t('reference.lead')} />
      <ul class="cards">
        {REFERENCE_DOMAINS.map((d) => (
          <li>
            <a class="title" href={`/referensi/${d}`}>
              {d} — {t(`reference.${d}` as MessageKey)}
            </a>
            <div class="meta">{t('reference.codes', { n: props.counts[d] ?? 0 })}</div>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

const confidenceBadge = (ctx: ViewCtx, c: string) =>
  c === 'V' ? null : (
    <Badge
      kind="warn"
      title={c === 'S' ? 'Sumber sekunder / secondary source' : 'Belum dikonfirmasi / unconfirmed'}
    >
      {c === 'S'
        ? ctx.lang === 'id'
          ? 'sekunder'
          : 'secondary'
        : ctx.lang === 'id'
          ? 'belum dikonfirmasi'
          : 'unconfirmed'}
    </Badge>
  );

/** One domain as a tree of level-1 codes and their level-2 children. */
export function ReferenceDomainPage(props: {
  ctx: ViewCtx;
  domain: ReferenceDomain;
  codes: ReferenceCodeRow[];
}) {
  const { ctx, domain, codes } = props;
  const { t } = ctx;
  const title = (r: ReferenceCodeRow) => (ctx.lang === 'en' && r.titleEn ? r.titleEn : r.title);
  const link = (r: ReferenceCodeRow) =>
    r.level !== 2
      ? null
      : domain === 'RAB' || domain === 'RAL'
        ? { href: `/fungsi?parent=${r.code}`, label: t('reference.functions') }
        : domain === 'RAD'
          ? { href: `/data?parent=${r.code}`, label: t('reference.entities') }
          : null;
  const top = codes.filter((r) => r.level === 1);
  return (
    <Layout ctx={ctx} title={`${domain} — ${t(`reference.${domain}` as MessageKey)}`}>
      <PageHeader
        title={`${domain} — ${t(`reference.${domain}` as MessageKey)}`}
        crumbs={[{ href: '/referensi', label: t('reference.title') }]}
      />
      <ul class="tree">
        {top.map((l1) => (
          <li>
            <strong>
              <code>{l1.code}</code> {title(l1)}
            </strong>{' '}
            {confidenceBadge(ctx, l1.confidence)}
            <ul>
              {codes
                .filter((c) => c.parentCode === l1.code)
                .map((l2) => {
                  const l = link(l2);
                  return (
                    <li>
                      <code>{l2.code}</code> {title(l2)} {confidenceBadge(ctx, l2.confidence)}{' '}
                      {l ? <a href={l.href}>{l.label}</a> : null}
                      {l2.sourceNote && l2.confidence !== l1.confidence ? (
                        <>
                          <br />
                          <small class="source-note">{l2.sourceNote}</small>
                        </>
                      ) : null}
                    </li>
                  );
                })}
            </ul>
            {l1.sourceNote ? <small class="source-note">{l1.sourceNote}</small> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
