import { REFERENCE_DOMAINS, type ReferenceDomain } from '../../../../db/schema/reference';
import { PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import { formatNumber, type MessageKey } from '../../../kernel/i18n';
import type { ReferenceCodeRow } from '../repo/catalogue';
import { Bilingual, ConfidenceBadge } from './components';

/** The six reference-architecture domains with how many national codes each holds. */
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
            <div class="meta">
              {t('reference.codes', { n: formatNumber(ctx.lang, props.counts[d] ?? 0) })}
            </div>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** Where a level-2 code leads: RAB/RAL codes to their catalogue functions, RAD codes to their data. */
function childLink(ctx: ViewCtx, domain: ReferenceDomain, r: ReferenceCodeRow) {
  if (r.level !== 2) return null;
  if (domain === 'RAB' || domain === 'RAL')
    return { href: `/fungsi?parent=${r.code}`, label: ctx.t('reference.functions') };
  if (domain === 'RAD') return { href: `/data?parent=${r.code}`, label: ctx.t('reference.entities') };
  return null;
}

/** One domain as a tree of level-1 codes and their level-2 children, titles in both languages. */
export function ReferenceDomainPage(props: {
  ctx: ViewCtx;
  domain: ReferenceDomain;
  codes: ReferenceCodeRow[];
}) {
  const { ctx, domain, codes } = props;
  const { t } = ctx;
  const heading = `${domain} — ${t(`reference.${domain}` as MessageKey)}`;
  const top = codes.filter((r) => r.level === 1);
  return (
    <Layout ctx={ctx} title={heading}>
      <PageHeader
        title={heading}
        lead={t('reference.codes', { n: formatNumber(ctx.lang, codes.length) })}
        crumbs={[{ href: '/referensi', label: t('reference.title') }]}
      />
      <p class="source-note">{t('reference.legend')}</p>
      <ul class="tree">
        {top.map((l1) => {
          const children = codes.filter((c) => c.parentCode === l1.code);
          // Seeded notes are often the same for every child of a code; say it once, under the list.
          const notes = new Set(children.map((c) => c.sourceNote ?? ''));
          const commonNote = notes.size === 1 ? children[0]?.sourceNote : null;
          return (
            <li id={l1.code}>
              <strong>
                <code>{l1.code}</code> <Bilingual ctx={ctx} id={l1.title} en={l1.titleEn} />
              </strong>{' '}
              <ConfidenceBadge ctx={ctx} confidence={l1.confidence} />
              {l1.sourceNote ? (
                <>
                  <br />
                  <small class="source-note">{l1.sourceNote}</small>
                </>
              ) : null}
              {children.length ? (
                <ul aria-label={`${t('reference.level2')} ${l1.code}`}>
                  {children.map((l2) => {
                    const link = childLink(ctx, domain, l2);
                    return (
                      <li id={l2.code}>
                        <code>{l2.code}</code> <Bilingual ctx={ctx} id={l2.title} en={l2.titleEn} />{' '}
                        <ConfidenceBadge ctx={ctx} confidence={l2.confidence} />{' '}
                        {link ? (
                          <a href={link.href} class="more">
                            {link.label} ›
                          </a>
                        ) : null}
                        {!commonNote && l2.sourceNote && l2.sourceNote !== l1.sourceNote ? (
                          <>
                            <br />
                            <small class="source-note">{l2.sourceNote}</small>
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              {commonNote && commonNote !== l1.sourceNote ? (
                <small class="source-note">
                  {t('reference.level2')}: {commonNote}
                </small>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
