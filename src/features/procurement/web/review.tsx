import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { type FieldIssue, Invalid, NotFound } from '../../../kernel/errors';
import { formRecord, str } from '../../../kernel/http/forms';
import { fieldErrors, queryRecord, viewCtx } from '../../../kernel/http/render';
import { may, requireRole } from '../../../kernel/policy';
import { parseOrThrow, toFieldIssues } from '../../../kernel/schemas';
import { requireUser } from '../../accounts/middleware';
import { IdParam } from '../../catalogue/schemas';
import * as review from '../review-service';
import { DecisionLogQuery, HolidayInput, QueueQuery, RevokeInput } from '../schemas';
import {
  ClearanceLetter,
  ClearanceLookupPage,
  ClearancePage,
  ConfirmHolidayDelete,
  DecisionLogPage,
  HolidaysPage,
  InboxPage,
  QueuePage,
} from '../views/review';

/** Where a clearance is verified: PUBLIC_URL when configured, else the request's own origin. */
export function verifyUrl(publicUrl: string | undefined, requestUrl: string, number: string) {
  const base = publicUrl ?? new URL(requestUrl).origin;
  return `${base.replace(/\/$/, '')}/rekomendasi/${encodeURIComponent(number)}`;
}

/** One CSV field, quoted when needed (RFC 4180). */
const csvField = (x: unknown) => {
  let s = x === null || x === undefined ? '' : String(x);
  // A cell starting with = + - @ (or a tab/CR) is a formula to spreadsheets: make it text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The reviewers' queue, clearances, the public decision log, the inbox and the holiday table. */
export function reviewRouter() {
  const web = new Hono<AppEnv>();

  web.get('/penilaian', async (c) => {
    const user = requireUser(c);
    const q = parseOrThrow(QueueQuery, queryRecord(c));
    const now = Date.now();
    const page = await review.reviewQueue(c.get('db'), user, { ...q, page: q.page }, now);
    return c.html(<QueuePage ctx={viewCtx(c)} page={page} filters={q} now={now} />);
  });

  web.get('/rekomendasi', async (c) => {
    const number = (c.req.query('nomor') ?? '').trim().toUpperCase();
    if (number) return c.redirect(`/rekomendasi/${encodeURIComponent(number)}`, 303);
    return c.html(<ClearanceLookupPage ctx={viewCtx(c)} number="" notFound={false} />);
  });

  web.get('/rekomendasi/:number', async (c) => {
    const number = c.req.param('number').trim().toUpperCase();
    try {
      const v = await review.verifyClearance(c.get('db'), number, c.get('config').CLEARANCE_KEY);
      c.header('Cache-Control', 'no-store');
      return c.html(
        <ClearancePage
          ctx={viewCtx(c)}
          v={v}
          verifyUrl={verifyUrl(c.get('config').PUBLIC_URL, c.req.url, v.number)}
          canRevoke={may(c.get('user'), 'clearance.revoke')}
          errors={[]}
        />,
      );
    } catch (error) {
      if (error instanceof NotFound)
        return c.html(<ClearanceLookupPage ctx={viewCtx(c)} number={number} notFound />, 404);
      throw error;
    }
  });

  web.get('/rekomendasi/:number/surat', async (c) => {
    const v = await review.verifyClearance(
      c.get('db'),
      c.req.param('number').toUpperCase(),
      c.get('config').CLEARANCE_KEY,
    );
    return c.html(
      <ClearanceLetter
        ctx={viewCtx(c)}
        v={v}
        verifyUrl={verifyUrl(c.get('config').PUBLIC_URL, c.req.url, v.number)}
      />,
    );
  });

  web.post('/rekomendasi/:number/cabut', async (c) => {
    const user = requireRole(requireUser(c), 'admin');
    const number = c.req.param('number').toUpperCase();
    const form = await formRecord(c);
    const reason = str(form, 'reason') ?? '';
    const parsed = v.safeParse(RevokeInput, { reason, confirm: str(form, 'confirm') ?? '' });
    const key = c.get('config').CLEARANCE_KEY;
    const render = async (errors: FieldIssue[]) =>
      c.html(
        <ClearancePage
          ctx={viewCtx(c)}
          v={await review.verifyClearance(c.get('db'), number, key)}
          verifyUrl={verifyUrl(c.get('config').PUBLIC_URL, c.req.url, number)}
          canRevoke
          errors={fieldErrors(c, errors)}
          values={{ reason }}
        />,
        422,
      );
    if (!parsed.success) return render(toFieldIssues(parsed.issues));
    await review.revokeClearance(c.get('db'), user, number, parsed.output.reason);
    return c.redirect(`/rekomendasi/${encodeURIComponent(number)}`, 303);
  });

  async function log(c: Context<AppEnv>) {
    const raw = queryRecord(c);
    const parsed = v.safeParse(DecisionLogQuery, raw);
    const db = c.get('db');
    const reasons = await review.reasonCodes(db);
    if (!parsed.success) {
      const empty = { items: [], total: 0, page: 1, pageSize: 20 };
      return { status: 400 as const, errors: toFieldIssues(parsed.issues), log: empty, reasons, raw };
    }
    const q = parsed.output;
    const result = await review.decisionLog(db, { ...q, page: q.page, pageSize: q.pageSize });
    return { status: 200 as const, errors: [] as FieldIssue[], log: result, reasons, raw };
  }

  web.get('/keputusan', async (c) => {
    const r = await log(c);
    return c.html(
      <DecisionLogPage
        ctx={viewCtx(c)}
        log={r.log}
        reasons={r.reasons}
        errors={fieldErrors(c, r.errors)}
        filters={r.raw}
      />,
      r.status,
    );
  });

  web.get('/keputusan.csv', async (c) => {
    const raw = { ...queryRecord(c), pageSize: '100' };
    const q = parseOrThrow(DecisionLogQuery, raw);
    const db = c.get('db');
    const header = [
      'proposal',
      'round',
      'application',
      'agency_code',
      'agency',
      'fiscal_year',
      'requested_budget',
      'decision',
      'reason_codes',
      'conditions',
      'comment',
      'suggested_alternatives',
      'decided_at',
      'clearance',
    ];
    const lines = [header.join(',')];
    // Every page, not just the first: the export is the whole filtered log.
    for (let page = 1; ; page++) {
      const result = await review.decisionLog(db, { ...q, page, pageSize: 100 });
      for (const d of result.items) {
        lines.push(
          [
            d.proposalId,
            d.round,
            d.name,
            d.agencyCode,
            d.agencyName,
            d.fiscalYear,
            d.requestedBudget,
            d.decision,
            d.reasonCodes.join(' '),
            d.conditions,
            d.comment,
            d.suggested.map((s) => s.acronym ?? s.name).join('; '),
            new Date(d.decidedAt).toISOString(),
            d.clearanceNumber,
          ]
            .map(csvField)
            .join(','),
        );
      }
      if (page * 100 >= result.total || page >= 1000) break;
    }
    return c.body(`${lines.join('\r\n')}\r\n`, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="keputusan-spbe.csv"',
    });
  });

  web.get('/kotak-masuk', async (c) => {
    const items = await review.inbox(c.get('db'), requireUser(c));
    return c.html(<InboxPage ctx={viewCtx(c)} items={items} />);
  });

  web.post('/kotak-masuk/baca', async (c) => {
    await review.markRead(c.get('db'), requireUser(c), null);
    return c.redirect('/kotak-masuk', 303);
  });

  web.post('/kotak-masuk/:id/baca', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    await review.markRead(c.get('db'), requireUser(c), id);
    return c.redirect('/kotak-masuk', 303);
  });

  web.get('/admin/libur', async (c) => {
    requireRole(requireUser(c), 'admin');
    const items = await review.listHolidays(c.get('db'));
    return c.html(
      <HolidaysPage ctx={viewCtx(c)} items={items} errors={[]} values={{ date: '', name: '' }} />,
    );
  });

  web.post('/admin/libur', async (c) => {
    const user = requireRole(requireUser(c), 'admin');
    const form = await formRecord(c);
    const values = { date: str(form, 'date') ?? '', name: str(form, 'name') ?? '' };
    const parsed = v.safeParse(HolidayInput, values);
    const render = async (errors: FieldIssue[]) =>
      c.html(
        <HolidaysPage
          ctx={viewCtx(c)}
          items={await review.listHolidays(c.get('db'))}
          errors={fieldErrors(c, errors)}
          values={values}
        />,
        422,
      );
    if (!parsed.success) return render(toFieldIssues(parsed.issues));
    try {
      await review.saveHoliday(c.get('db'), user, parsed.output.date, parsed.output.name);
    } catch (error) {
      if (error instanceof Invalid) return render(error.fields);
      throw error;
    }
    return c.redirect('/admin/libur', 303);
  });

  web.post('/admin/libur/:date/hapus', async (c) => {
    const user = requireRole(requireUser(c), 'admin');
    const date = c.req.param('date');
    // Deleting asks first: without JavaScript the form answers this confirmation page.
    if (str(await formRecord(c), 'confirm') !== 'yes') {
      const holiday = (await review.listHolidays(c.get('db'))).find((h) => h.date === date);
      if (!holiday) return c.redirect('/admin/libur', 303);
      return c.html(<ConfirmHolidayDelete ctx={viewCtx(c)} date={holiday.date} name={holiday.name} />);
    }
    await review.removeHoliday(c.get('db'), user, c.req.param('date'));
    return c.redirect('/admin/libur', 303);
  });

  return web;
}
