import type { ApplicationListItem } from '../../src/repo/applications';
import { PageHeader } from '../components/ui';
import type { ViewCtx } from '../context';
import { Layout } from '../layout';
import { ApplicationCard } from './applications';

/** The national shared (Aplikasi Umum) and sector applications, what they are and who owns them. */
export function SharedPage(props: {
  ctx: ViewCtx;
  shared: ApplicationListItem[];
  sector: ApplicationListItem[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('shared.title')}>
      <PageHeader title={t('shared.title')} lead={t('shared.lead')} />
      <h2>{t('category.umum')}</h2>
      <ul class="cards">
        {props.shared.map((app) => (
          <ApplicationCard ctx={ctx} app={app} />
        ))}
      </ul>
      <h2>{t('shared.sector')}</h2>
      <ul class="cards">
        {props.sector.map((app) => (
          <ApplicationCard ctx={ctx} app={app} />
        ))}
      </ul>
    </Layout>
  );
}
