import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../../kernel/env';
import { type FieldIssue, Invalid, StaleVersion } from '../../../kernel/errors';
import { type FormRecord, file, formRecord, num, rowValues, str, strs } from '../../../kernel/http/forms';
import { countedOverlapCheck } from '../../../kernel/http/observe';
import { fieldErrors, viewCtx } from '../../../kernel/http/render';
import { translateText } from '../../../kernel/i18n';
import type { MailDeps } from '../../../kernel/notify';
import { can } from '../../../kernel/policy';
import { parseOrThrow, toFieldIssues } from '../../../kernel/schemas';
import { requireUser } from '../../accounts/middleware';
import { IdParam } from '../../catalogue/schemas';
import * as catalogue from '../../catalogue/service';
import { OverlapInput } from '../../overlap/schemas';
import * as proposals from '../proposals-service';
import * as review from '../review-service';
import {
  DecisionInput,
  ProposalFields,
  rupiahDigits,
  rupiahInput,
  SubmitInput,
  UpdateProposalInput,
} from '../schemas';
import {
  MyProposalsPage,
  OverlapSummary,
  ProposalFormPage,
  type ProposalFormValues,
  ProposalPage,
} from '../views/proposals';
import { DecisionForm, LiveOverlapNote } from '../views/review';

/** The form's fields in the JSON shape of the proposal schema. */
function proposalBody(form: FormRecord) {
  const deCodes = rowValues(form, 'de_code');
  const deRoles = rowValues(form, 'de_role');
  return {
    name: str(form, 'name') ?? '',
    acronym: str(form, 'acronym'),
    description: str(form, 'description') ?? '',
    functions: [...new Set(strs(form, 'functions'))],
    dataEntities: deCodes
      .map((code, i) => ({ code, role: deRoles[i] || 'consumer' }))
      .filter((d) => d.code.trim() !== ''),
    kind: str(form, 'kind') ?? 'build',
    fiscalYear: num(form, 'fiscalYear'),
    requestedBudget: rupiahInput(str(form, 'requestedBudget')),
    justification: str(form, 'justification') ?? '',
    kakUrl: str(form, 'kakUrl'),
    costBenefitUrl: str(form, 'costBenefitUrl'),
    version: num(form, 'version'),
  };
}

function formValues(b: ReturnType<typeof proposalBody>): ProposalFormValues {
  const s = (x: unknown) => (x === null || x === undefined ? '' : String(x));
  return {
    name: b.name,
    acronym: s(b.acronym),
    description: b.description,
    functions: b.functions,
    dataEntities: b.dataEntities,
    kind: b.kind,
    fiscalYear: s(b.fiscalYear),
    requestedBudget:
      typeof b.requestedBudget === 'number' ? rupiahDigits(b.requestedBudget) : s(b.requestedBudget),
    justification: b.justification,
    kakUrl: s(b.kakUrl),
    costBenefitUrl: s(b.costBenefitUrl),
    version: s(b.version),
  };
}

async function uploadsOf(form: FormRecord): Promise<proposals.DocumentUpload[]> {
  const out: proposals.DocumentUpload[] = [];
  for (const [field, kind] of [
    ['kakFile', 'kak'],
    ['costBenefitFile', 'cost_benefit'],
  ] as const) {
    const f = file(form, field);
    if (f)
      out.push({ kind, filename: f.name, mediaType: f.type, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

/** The live panel for what is typed so far; unknown codes and an empty name answer with field issues. */
async function panelFor(
  c: Context<AppEnv>,
  body: {
    name: string;
    description: string;
    functions: string[];
    dataEntities: { code: string; role: string }[];
  },
) {
  if (!body.name.trim() && !body.description.trim() && body.functions.length === 0)
    return { report: null, errors: [] as FieldIssue[] };
  const parsed = v.safeParse(OverlapInput, {
    name: body.name.trim() || body.description.slice(0, 60) || 'usulan',
    description: body.description,
    functions: body.functions,
    dataEntities: body.dataEntities.filter((d) => d.role !== 'consumer').map((d) => d.code),
  });
  if (!parsed.success) return { report: null, errors: toFieldIssues(parsed.issues) };
  try {
    return {
      report: await countedOverlapCheck(c, 'proposal', () =>
        c.get('overlapChecker')(c.get('db'), parsed.output),
      ),
      errors: [] as FieldIssue[],
    };
  } catch (error) {
    if (error instanceof Invalid) return { report: null, errors: error.fields };
    throw error;
  }
}

const EMPTY = formValues(proposalBody({}));

/** The current round's candidates as the decision form lists them: national services first. */
function alternativesOf(detail: Awaited<ReturnType<typeof proposals.proposalDetail>>): review.Alternative[] {
  const p = detail.proposal;
  return detail.findings
    .filter((f) => f.round === p.round)
    .map((f) => ({
      id: f.candidateId,
      name: f.candidateName,
      acronym: f.candidateAcronym,
      agency: f.candidateAgency,
      national: f.candidateScope === 'national',
      flagged: f.flagged,
    }))
    .sort((a, b) => Number(b.national) - Number(a.national) || Number(b.flagged) - Number(a.flagged));
}

/**
 * A link for an e-mail: absolute only under the configured PUBLIC_URL, never from the request's
 * Host header (which a client controls).
 */
/** The mailer and public address the services e-mail their notices with. */
function mailDeps(c: Context<AppEnv>): MailDeps {
  return { mailer: c.get('mailer'), publicUrl: c.get('config').PUBLIC_URL };
}

/** Operators' proposals: write one with the live overlap panel, edit, submit; read one's decisions. */
export function proposalsRouter() {
  const web = new Hono<AppEnv>();

  web.get('/usulan', async (c) => {
    const user = requireUser(c);
    if (user.role === 'reviewer') return c.redirect('/penilaian', 303);
    const items = await proposals.myProposals(c.get('db'), user);
    return c.html(<MyProposalsPage ctx={viewCtx(c)} items={items} />);
  });

  web.get('/usulan/baru', async (c) => {
    const user = requireUser(c);
    if (user.role !== 'operator') return c.redirect('/usulan', 303);
    const { functions, dataEntities } = await catalogue.checkFormOptions(c.get('db'));
    return c.html(
      <ProposalFormPage
        ctx={viewCtx(c)}
        values={EMPTY}
        functions={functions}
        dataEntities={dataEntities}
        errors={[]}
        report={null}
        panelErrors={[]}
      />,
    );
  });

  // The live panel (htmx): the same form fields as a query.
  web.get('/usulan/panel', async (c) => {
    const q = c.req.queries();
    const form: FormRecord = Object.fromEntries(
      Object.entries(q).map(([k, vals]) => [k, vals.length === 1 ? vals[0]! : vals]),
    );
    const body = proposalBody(form);
    const { report, errors } = await panelFor(c, body);
    const { OverlapPanel } = await import('../../overlap/views/check');
    c.header('Vary', 'HX-Request');
    return c.html(
      <>
        <OverlapPanel
          ctx={viewCtx(c)}
          report={report}
          errors={fieldErrors(c, errors)}
          addInferred={{ form: 'proposal-form' }}
        />
        <OverlapSummary ctx={viewCtx(c)} report={report} oob />
      </>,
    );
  });

  const save = (editing: boolean) => async (c: Context<AppEnv>) => {
    const user = requireUser(c);
    const db = c.get('db');
    const id = editing ? parseOrThrow(IdParam, c.req.param('id'), 'id') : undefined;
    if (id !== undefined) await proposals.proposalDetail(db, user, id);
    const form = await formRecord(c);
    const body = proposalBody(form);
    const { functions, dataEntities } = await catalogue.checkFormOptions(db);
    const render = async (errors: FieldIssue[], status: 200 | 409 | 422, conflict?: StaleVersion) => {
      const panel = await panelFor(c, body);
      const values = formValues(body);
      if (conflict) values.version = String(conflict.currentVersion);
      return c.html(
        <ProposalFormPage
          ctx={viewCtx(c)}
          id={id}
          values={values}
          functions={functions}
          dataEntities={dataEntities}
          errors={fieldErrors(c, errors)}
          report={panel.report}
          panelErrors={fieldErrors(c, panel.errors)}
          conflict={
            conflict
              ? { message: translateText(c.get('t'), conflict.text), changes: conflict.changes }
              : undefined
          }
        />,
        status,
      );
    };
    // Without JavaScript, "Periksa tumpang tindih" posts the form to see the panel; nothing is saved.
    if (str(form, 'action') === 'check') return render([], 200);
    // "Tambahkan fungsi yang terdeteksi": the functions inferred from the text join the picked ones.
    if (str(form, 'action') === 'addInferred') {
      const { report } = await panelFor(c, body);
      body.functions = [
        ...new Set([...body.functions, ...(report?.inferredFunctions ?? []).map((f) => f.code)]),
      ];
      return render([], 200);
    }
    const parsed = editing ? v.safeParse(UpdateProposalInput, body) : v.safeParse(ProposalFields, body);
    if (!parsed.success) return render(toFieldIssues(parsed.issues), 422);
    try {
      const uploads = await uploadsOf(form);
      const result =
        id !== undefined
          ? await proposals.updateProposal(
              db,
              user,
              id,
              parsed.output as v.InferOutput<typeof UpdateProposalInput>,
              uploads,
            )
          : await proposals.createProposal(db, user, parsed.output, uploads);
      return c.redirect(`/usulan/${result.id}?saved=1`, 303);
    } catch (error) {
      if (error instanceof StaleVersion) return render([], 409, error);
      if (error instanceof Invalid) return render(error.fields, 422);
      throw error;
    }
  };
  web.post('/usulan/baru', save(false));
  web.post('/usulan/:id/ubah', save(true));

  web.get('/usulan/:id/ubah', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const db = c.get('db');
    const d = await proposals.proposalDetail(db, c.get('user'), id);
    const p = d.proposal;
    const values: ProposalFormValues = {
      name: p.name,
      acronym: p.acronym ?? '',
      description: p.description,
      functions: d.functions.map((f) => f.code),
      dataEntities: d.dataEntities.map((x) => ({ code: x.code, role: x.role })),
      kind: p.kind,
      fiscalYear: String(p.fiscalYear),
      requestedBudget: rupiahDigits(p.requestedBudget),
      justification: p.justification,
      kakUrl: d.documents.find((x) => x.kind === 'kak')?.url ?? '',
      costBenefitUrl: d.documents.find((x) => x.kind === 'cost_benefit')?.url ?? '',
      version: String(p.version),
    };
    const { functions, dataEntities } = await catalogue.checkFormOptions(db);
    const panel = await panelFor(c, values);
    return c.html(
      <ProposalFormPage
        ctx={viewCtx(c)}
        id={id}
        values={values}
        functions={functions}
        dataEntities={dataEntities}
        errors={[]}
        report={panel.report}
        panelErrors={fieldErrors(c, panel.errors)}
      />,
    );
  });

  /** The proposal page, with the submit form for its agency or the decision form for reviewers. */
  async function renderProposal(
    c: Context<AppEnv>,
    id: number,
    extra: {
      submitErrors?: FieldIssue[];
      justifications?: Record<string, string>;
      decisionErrors?: FieldIssue[];
      decisionValues?: Parameters<typeof DecisionForm>[0]['values'];
    } = {},
    status: 200 | 409 | 422 = 200,
  ) {
    const db = c.get('db');
    const user = c.get('user');
    const detail = await proposals.proposalDetail(db, user, id);
    const p = detail.proposal;
    const editing = can(user, 'proposal.edit', p);
    const deciding = can(user, 'proposal.decide', p);
    // The live check is shown to whoever may still change the proposal, and beside the decision form.
    const live =
      editing || deciding
        ? await countedOverlapCheck(c, 'proposal', () => proposals.proposalOverlap(db, p.applicationId))
        : null;
    const reasons = await review.reasonCodes(db);
    const ctx = viewCtx(c);
    return c.html(
      <ProposalPage
        ctx={ctx}
        detail={detail}
        live={editing ? live : null}
        submitErrors={fieldErrors(c, extra.submitErrors ?? [])}
        justifications={extra.justifications ?? {}}
        reasons={reasons}
        decision={
          deciding ? (
            <>
              <DecisionForm
                ctx={ctx}
                proposalId={id}
                round={p.round}
                requestedBudget={p.requestedBudget}
                reasons={reasons}
                candidates={alternativesOf(detail)}
                others={await review.nationalAlternatives(db)}
                errors={fieldErrors(c, extra.decisionErrors ?? [])}
                values={extra.decisionValues}
              />
              {live ? <LiveOverlapNote ctx={ctx} live={live} /> : null}
            </>
          ) : undefined
        }
      />,
      status,
    );
  }

  web.get('/usulan/:id', async (c) => renderProposal(c, parseOrThrow(IdParam, c.req.param('id'), 'id')));
  web.get('/penilaian/:id', async (c) => {
    requireUser(c);
    return renderProposal(c, parseOrThrow(IdParam, c.req.param('id'), 'id'));
  });

  web.post('/usulan/:id/ajukan', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const form = await formRecord(c);
    const justifications: Record<string, string> = {};
    for (const [k, val] of Object.entries(form)) {
      const m = /^justifications\.(\d+)$/.exec(k);
      if (m && typeof val === 'string') justifications[m[1]!] = val;
    }
    const parsed = v.safeParse(SubmitInput, { version: num(form, 'version'), justifications });
    if (!parsed.success)
      return renderProposal(c, id, { submitErrors: toFieldIssues(parsed.issues), justifications }, 422);
    try {
      await proposals.submitProposal(c.get('db'), c.get('user'), id, parsed.output, { mail: mailDeps(c) });
      return c.redirect(`/usulan/${id}?submitted=1`, 303);
    } catch (error) {
      if (error instanceof Invalid)
        return renderProposal(c, id, { submitErrors: error.fields, justifications }, 422);
      throw error;
    }
  });

  web.get('/usulan/:id/dokumen/:doc', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const docId = parseOrThrow(IdParam, c.req.param('doc'), 'doc');
    const doc = await proposals.proposalDocument(c.get('db'), c.get('user'), id, docId);
    if (doc.url) return c.redirect(doc.url, 303);
    const bytes = Uint8Array.from(atob(doc.content ?? ''), (ch) => ch.charCodeAt(0));
    const name = (doc.filename ?? 'dokumen').replace(/[^\w.\- ]/g, '_');
    return c.body(bytes, 200, {
      'Content-Type': doc.mediaType ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  web.post('/penilaian/:id/putuskan', async (c) => {
    const id = parseOrThrow(IdParam, c.req.param('id'), 'id');
    const db = c.get('db');
    const form = await formRecord(c);
    const values = {
      decision: str(form, 'decision'),
      reasonCodes: strs(form, 'reasonCodes'),
      conditions: str(form, 'conditions'),
      comment: str(form, 'comment'),
      suggested: strs(form, 'suggestedApplications'),
      suggestedOther: str(form, 'suggestedOther') ?? '',
      budgetCeiling: str(form, 'budgetCeiling'),
    };
    const detail = await proposals.proposalDetail(db, c.get('user'), id);
    const other = review.resolveAlternatives(values.suggestedOther, [
      ...alternativesOf(detail),
      ...(await review.nationalAlternatives(db)),
    ]);
    const parsed = v.safeParse(DecisionInput, {
      decision: values.decision,
      reasonCodes: values.reasonCodes,
      conditions: values.conditions?.trim() ? values.conditions : null,
      comment: values.comment ?? '',
      suggestedApplications: [
        ...values.suggested.map((x) => (/^\d{1,9}$/.test(x) ? Number(x) : x)),
        ...other.ids,
      ],
      budgetCeiling: rupiahInput(values.budgetCeiling),
      round: num(form, 'round'),
    });
    if (!parsed.success || other.issues.length) {
      const issues = [...(parsed.success ? [] : toFieldIssues(parsed.issues)), ...other.issues];
      return renderProposal(c, id, { decisionErrors: issues, decisionValues: values }, 422);
    }
    try {
      await review.decide(db, c.get('user'), id, parsed.output, c.get('config').CLEARANCE_KEY, {
        mail: mailDeps(c),
      });
      return c.redirect(`/penilaian/${id}?decided=1`, 303);
    } catch (error) {
      if (error instanceof Invalid)
        return renderProposal(c, id, { decisionErrors: error.fields, decisionValues: values }, 422);
      throw error;
    }
  });

  return web;
}
