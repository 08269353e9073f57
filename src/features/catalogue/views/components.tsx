import type { Child } from 'hono/jsx';
import { Badge } from '../../../../views/components/ui';
import type { ViewCtx } from '../../../../views/context';
import type { MessageKey } from '../../../kernel/i18n';
import type { ApplicationListItem } from '../repo/applications';
import type { ReferenceCodeRow } from '../repo/catalogue';

/** The label of one of the eight Aplikasi Umum fields (`kearsipan` → "Kearsipan" / "Archives"). */
export function sharedFieldLabel(ctx: ViewCtx, field: string): string {
  const key = `field.${field}` as MessageKey;
  const text = ctx.t(key);
  // An unknown field has no message; show the stored value rather than "undefined".
  return text ?? field;
}

/**
 * A seeded fact's confidence mark. Verified facts carry no badge (the normal case); secondary
 * sources and beliefs are marked so a reader does not mistake them for official data.
 */
export function ConfidenceBadge(props: { ctx: ViewCtx; confidence: string | null | undefined }) {
  const c = props.confidence;
  if (c !== 'S' && c !== 'B') return null;
  // A disclosure, not a title attribute: the explanation (what source would confirm the entry)
  // is text anyone can open, by touch, keyboard or screen reader, and without JavaScript.
  return (
    <details class="badge-explain">
      <summary>
        <Badge kind="warn">{props.ctx.t(`confidence.${c}`)}</Badge>
      </summary>
      <span class="explain">{props.ctx.t(c === 'B' ? 'confidence.whyB' : 'confidence.whyS')}</span>
    </details>
  );
}

/**
 * A title in the reader's language, with the other language beside it (marked with its own
 * `lang` so screen readers pronounce it correctly). Reference codes and functions are bilingual.
 */
export function Bilingual(props: { ctx: ViewCtx; id: string; en: string | null | undefined }) {
  const { ctx, id, en } = props;
  if (!en || en === id) return <>{id}</>;
  const [first, second, secondLang] = ctx.lang === 'en' ? [en, id, 'id'] : [id, en, 'en'];
  return (
    <>
      {first}{' '}
      <span class="alt" lang={secondLang}>
        {second}
      </span>
    </>
  );
}

/** A shared or sector application: name, owner, status, description and where the fact comes from. */
export function NationalAppCard(props: { ctx: ViewCtx; app: ApplicationListItem }) {
  const { ctx, app } = props;
  const { t } = ctx;
  return (
    <li>
      <a class="title" href={`/aplikasi/${app.id}`}>
        {app.acronym && app.acronym !== app.name ? `${app.acronym} — ${app.name}` : app.name}
      </a>
      <div class="meta">
        {app.category === 'umum' ? <Badge kind="shared">{t('category.umum')}</Badge> : null}
        <Badge kind={app.status === 'active' ? 'ok' : 'muted'}>
          {t(`status.${app.status}` as MessageKey)}
        </Badge>
        <ConfidenceBadge ctx={ctx} confidence={app.confidence} />
        <span>
          {t('detail.owner')}: <a href={`/instansi/${app.agencyCode}`}>{app.agencyName}</a>
        </span>
      </div>
      {app.summary ? <p>{app.summary.length >= 220 ? `${app.summary.trimEnd()}…` : app.summary}</p> : null}
    </li>
  );
}

/** A titled section with an id for its heading, so landmarks are named. */
export function Section(props: { id: string; title: Child; lead?: Child; children: Child }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.lead ? <p class="lead">{props.lead}</p> : null}
      {props.children}
    </section>
  );
}

/**
 * A select of reference codes: level-1 codes, each followed by its level-2 codes indented, so a
 * reader picks "Aparatur Negara" rather than having to know `RAB.09.06`.
 */
export function ReferenceCodeSelect(props: {
  ctx: ViewCtx;
  name: string;
  label: string;
  value: string | undefined;
  codes: ReferenceCodeRow[];
}) {
  const { ctx, codes } = props;
  const value = props.value?.toUpperCase();
  const title = (r: ReferenceCodeRow) => (ctx.lang === 'en' && r.titleEn ? r.titleEn : r.title);
  return (
    <label>
      {props.label}
      <select name={props.name}>
        <option value="">{ctx.t('common.any')}</option>
        {codes
          .filter((r) => r.level <= 2)
          .map((r) => (
            <option value={r.code} selected={r.code === value}>
              {`${r.level === 2 ? '\u00a0\u00a0\u00a0' : ''}${r.code} ${title(r)}`}
            </option>
          ))}
      </select>
    </label>
  );
}
