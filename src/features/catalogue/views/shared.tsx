import { SHARED_FIELDS } from '../../../../db/schema/functions';
import { PageHeader } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import { Layout } from '../../../../views/layout';
import { formatNumber } from '../../../kernel/i18n';
import type { ApplicationListItem } from '../repo/applications';
import { NationalAppCard, Section, sharedFieldLabel } from './components';

/** The national shared (Aplikasi Umum) and sector applications, what they are and who owns them. */
export function SharedPage(props: {
  ctx: ViewCtx;
  shared: ApplicationListItem[];
  sector: ApplicationListItem[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  const count = (n: number) => t('shared.count', { n: formatNumber(ctx.lang, n) });
  return (
    <Layout ctx={ctx} title={t('shared.title')}>
      <PageHeader title={t('shared.title')} lead={t('shared.lead')} />
      <Section id="fields" title={t('shared.fields')} lead={t('shared.fieldsLead')}>
        <ul class="fields">
          {SHARED_FIELDS.map((f) => (
            <li>
              <a href={`/fungsi?sharedField=${f}`}>{sharedFieldLabel(ctx, f)}</a>
            </li>
          ))}
        </ul>
        <p class="source-note">{t('shared.rule')}</p>
      </Section>
      <Section id="umum" title={t('category.umum')} lead={count(props.shared.length)}>
        <ul class="cards">
          {props.shared.map((app) => (
            <NationalAppCard ctx={ctx} app={app} />
          ))}
        </ul>
      </Section>
      <Section id="sector" title={t('shared.sector')} lead={t('shared.sectorLead')}>
        <ul class="cards">
          {props.sector.map((app) => (
            <NationalAppCard ctx={ctx} app={app} />
          ))}
        </ul>
      </Section>
      <p class="source-note">{t('shared.sources')}</p>
    </Layout>
  );
}
