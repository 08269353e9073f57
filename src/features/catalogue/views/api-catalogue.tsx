import { AGENCY_KINDS } from '../../../../db/schema/agencies';
import { API_ACCESS, PROTOCOLS } from '../../../../db/schema/apis';
import { ListingPage, PagedResults, SearchField, SelectField } from '../../../../views/components/filters';
import { Badge } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import type { FieldError } from '../../../kernel/errors';
import type { MessageKey } from '../../../kernel/i18n';
import type { Page } from '../../../kernel/repo';
import type { ApiCatalogueItem } from '../service';

export interface ApiCatalogueView {
  ctx: ViewCtx;
  values: Record<string, string>;
  result: (Page<ApiCatalogueItem> & { correctedQuery: string | null }) | null;
  errors: FieldError[];
}

/** The swapped region of `/katalog-api`: count, API cards, pagination. */
export function ApiCatalogueResults(props: ApiCatalogueView) {
  const { ctx, result } = props;
  const { t } = ctx;
  return (
    <PagedResults
      ctx={ctx}
      errors={props.errors}
      result={result}
      empty={t('apiCat.empty')}
      render={(items) => (
        <>
          {result?.correctedQuery ? (
            <p class="hint">
              {t('search.corrected', { typed: props.values.q ?? '', corrected: result.correctedQuery })}
            </p>
          ) : null}
          <ul class="cards">
            {items.map((a) => (
              <li>
                <a class="title" href={`/katalog-api/${a.id}`}>
                  {a.name}
                </a>{' '}
                <span class="alt-code">v{a.version}</span>
                <div class="meta">
                  <span class="method">{a.protocol.toUpperCase()}</span>
                  <Badge kind={a.access === 'publik' ? 'ok' : 'muted'}>
                    {t(`access.${a.access}` as MessageKey)}
                  </Badge>
                  {a.splpPublished ? <Badge kind="info">{t('apiCat.splpBadge')}</Badge> : null}
                  {a.application.national ? <Badge kind="shared">{t('apiCat.national')}</Badge> : null}
                  <span>
                    {t('apiCat.ownedBy', {
                      application: a.application.acronym ?? a.application.name,
                      agency: a.agency.name,
                    })}
                  </span>
                </div>
                {a.description ? <p>{a.description}</p> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    />
  );
}

/** `/katalog-api`: every published API, filtered as the API list of `/api/v1/apis` is. */
export function ApiCataloguePage(props: ApiCatalogueView) {
  const { ctx, values } = props;
  const { t } = ctx;
  return (
    <ListingPage
      ctx={ctx}
      title={t('apiCat.title')}
      lead={t('apiCat.lead')}
      action="/katalog-api"
      filters={
        <>
          <SearchField
            label={t('apiCat.search')}
            value={values.q}
            placeholder={t('apiCat.searchPlaceholder')}
          />
          <SelectField
            ctx={ctx}
            name="protocol"
            label={t('apiCat.protocol')}
            value={values.protocol}
            options={PROTOCOLS.map((p) => ({ value: p, label: p.toUpperCase() }))}
          />
          <SelectField
            ctx={ctx}
            name="access"
            label={t('apiCat.access')}
            value={values.access}
            options={API_ACCESS.map((a) => ({ value: a, label: t(`access.${a}` as MessageKey) }))}
          />
          <SelectField
            ctx={ctx}
            name="splp"
            label={t('apiCat.splp')}
            value={values.splp}
            options={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
          />
          <SelectField
            ctx={ctx}
            name="agencyKind"
            label={t('apiCat.agencyKind')}
            value={values.agencyKind}
            options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}` as MessageKey) }))}
          />
        </>
      }
    >
      <div>
        <ApiCatalogueResults {...props} />
        <p class="source-note">
          {t('apiCat.docsNote')}{' '}
          <a href="/api/v1/docs" hx-boost="false">
            {t('apiCat.docsLink')}
          </a>
        </p>
      </div>
    </ListingPage>
  );
}
