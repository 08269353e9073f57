// Progressive enhancement only: every page works without this file.

// --- Errors in place ---------------------------------------------------------------------
// htmx 2 swaps only 2xx by default: a 409 or an expired session would change nothing on screen.
// 422 answers are the form with its field errors and are swapped as they are. Every other 4xx
// or 5xx is decided in `htmx:beforeSwap` below: a boosted navigation or form post that got a
// whole page (the conflict form, the error page) shows that page, exactly as without
// JavaScript; anything else shows the server's message in an aria-live region next to the form
// or panel that asked, so nothing typed is lost.
if (window.htmx) {
  window.htmx.config.responseHandling = [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '422', swap: true },
    { code: '[45]..', swap: false, error: true },
  ];
}

function clientMessage(name, params) {
  const el = document.getElementById('client-messages');
  let text = el?.dataset[name] || '';
  for (const [k, v] of Object.entries(params || {})) text = text.replace(`{${k}}`, String(v));
  return text;
}

/** The form (or, failing that, the swap target) an error belongs next to. */
function anchorOf(elt, target) {
  const form = elt && (elt.closest ? elt.closest('form') : null);
  if (form) return form;
  if (elt?.form) return elt.form;
  if (target && target !== document.body) return target;
  return null;
}

/** Shows nodes in the error region just before `anchor` (or at the top of main). */
function showError(anchor, nodes) {
  let region;
  if (anchor) {
    region = anchor.previousElementSibling;
    if (!region?.classList.contains('js-error')) {
      region = document.createElement('div');
      anchor.before(region);
    }
  } else {
    const main = document.getElementById('main') || document.body;
    region = main.querySelector(':scope > .js-error');
    if (!region) {
      region = document.createElement('div');
      main.prepend(region);
    }
  }
  region.className = 'notice error js-error';
  region.setAttribute('role', 'alert');
  region.setAttribute('aria-live', 'assertive');
  region.tabIndex = -1;
  region.replaceChildren(...nodes);
  region.scrollIntoView({ block: 'nearest' });
  return region;
}

function clearError(anchor) {
  const prev = anchor?.previousElementSibling;
  if (prev?.classList.contains('js-error')) prev.remove();
}

/** The message part of an error response: the marked block, a summary, or the text. */
function messageNodes(html, status) {
  const doc = new DOMParser().parseFromString(html || '', 'text/html');
  const part =
    doc.querySelector('[data-error]') ||
    doc.querySelector('.error-summary') ||
    doc.querySelector('[role=alert]') ||
    doc.querySelector('main h1');
  if (part) return [...part.childNodes].map((n) => document.importNode(n, true));
  const text = (doc.body?.textContent ? doc.body.textContent : '').trim();
  const p = document.createElement('p');
  p.textContent = text || clientMessage('failed', { status });
  return [p];
}

// --- Keeping what was typed across a new sign-in ------------------------------------------
const DRAFT_PREFIX = 'katalog:draft:';
const SKIP_FIELDS = new Set(['_csrf', 'next']);

function saveDraft(form) {
  try {
    const entries = [];
    for (const el of form.elements) {
      if (!el.name || SKIP_FIELDS.has(el.name) || el.disabled) continue;
      if (el.type === 'password' || el.type === 'file' || el.type === 'submit' || el.type === 'button')
        continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      if (el.tagName === 'SELECT' && el.multiple) {
        for (const o of el.selectedOptions) entries.push([el.name, o.value]);
      } else entries.push([el.name, el.value]);
    }
    sessionStorage.setItem(DRAFT_PREFIX + location.pathname + location.search, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

function restoreDraft() {
  const key = DRAFT_PREFIX + location.pathname + location.search;
  let entries;
  try {
    entries = JSON.parse(sessionStorage.getItem(key) || 'null');
    sessionStorage.removeItem(key);
  } catch {
    return;
  }
  if (!Array.isArray(entries) || !entries.length) return;
  const byName = new Map();
  for (const [name, value] of entries) byName.set(name, [...(byName.get(name) || []), value]);
  // The form on the page that has most of the saved fields.
  let best = null;
  let bestScore = 0;
  for (const form of document.querySelectorAll('form')) {
    let score = 0;
    for (const name of byName.keys()) if (form.elements.namedItem(name)) score++;
    if (score > bestScore) [best, bestScore] = [form, score];
  }
  if (!best) return;
  for (const [name, values] of byName) {
    const fields = [...best.elements].filter((el) => el.name === name);
    let i = 0;
    for (const el of fields) {
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = values.includes(el.value);
      else if (el.tagName === 'SELECT' && el.multiple)
        for (const o of el.options) o.selected = values.includes(o.value);
      else if (i < values.length) el.value = values[i++];
      else continue;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  const note = document.createElement('div');
  note.className = 'notice ok';
  note.setAttribute('role', 'status');
  note.textContent = clientMessage('restored');
  best.before(note);
}
document.addEventListener('DOMContentLoaded', restoreDraft);

document.addEventListener('htmx:beforeSwap', (e) => {
  const d = e.detail;
  const status = d.xhr.status;
  const elt = d.requestConfig?.elt;
  const anchor = anchorOf(elt, d.target);
  if (status < 400) {
    clearError(anchor);
    return;
  }
  if (status === 422) return;
  const html = typeof d.serverResponse === 'string' ? d.serverResponse : '';
  const wholePage = /<main[\s>]/i.test(html);
  if (d.boosted && wholePage && status !== 401) {
    // The same page the browser would show without JavaScript (a conflict form, an error page).
    d.shouldSwap = true;
    d.isError = false;
    return;
  }
  const nodes = messageNodes(html, status);
  if (status === 401 && anchor && anchor.tagName === 'FORM' && saveDraft(anchor)) {
    const kept = document.createElement('p');
    kept.className = 'hint';
    kept.textContent = clientMessage('draftKept');
    nodes.push(kept);
  }
  showError(anchor, nodes);
  d.shouldSwap = false;
  // Shown to the person: not an unhandled error for the console.
  d.isError = false;
});

// The server could not be reached at all (offline, timeout): say so next to the form.
for (const type of ['htmx:sendError', 'htmx:timeout']) {
  document.addEventListener(type, (e) => {
    const d = e.detail;
    const p = document.createElement('p');
    p.textContent = clientMessage('network');
    showError(anchorOf(d.elt, d.target), [p]);
  });
}

// Parts of forms that only make sense with JavaScript (the function typeahead) start hidden;
// without JavaScript the <noscript> select stands in for them.
function enhance(root) {
  for (const el of root.querySelectorAll('[data-js-only]')) el.hidden = false;
}
document.addEventListener('DOMContentLoaded', () => enhance(document));
document.addEventListener('htmx:load', (e) => enhance(e.target));

// Keyboard use of the function picker: Enter searches instead of submitting the whole form;
// ArrowDown moves into the results, ArrowUp/Down move between them, Escape returns.
document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (!(t instanceof HTMLElement)) return;
  if (t.matches('input[name=fq]')) {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = document.querySelector('#function-results button.option');
      if (first) first.focus();
    } else if (e.key === 'ArrowDown') {
      const first = document.querySelector('#function-results button.option');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  } else if (t.matches('#function-results button.option')) {
    const options = [...document.querySelectorAll('#function-results button.option')];
    const i = options.indexOf(t);
    if (e.key === 'ArrowDown' && options[i + 1]) {
      e.preventDefault();
      options[i + 1].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (options[i - 1] || document.querySelector('input[name=fq]')).focus();
    } else if (e.key === 'Escape') {
      document.querySelector('input[name=fq]')?.focus();
    }
  }
});

// A link to one operation of an API page (#op-N) opens that operation.
function openLinkedOperation() {
  const id = location.hash.slice(1);
  if (!id.startsWith('op-')) return;
  const el = document.getElementById(id);
  if (el && el.tagName === 'DETAILS') el.open = true;
}
document.addEventListener('DOMContentLoaded', openLinkedOperation);
window.addEventListener('hashchange', openLinkedOperation);
document.addEventListener('htmx:afterSettle', openLinkedOperation);

// Checkbox lists: the filter field narrows the list to the choices that contain what was typed.
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
document.addEventListener('input', (e) => {
  const t = e.target;
  if (!(t instanceof HTMLInputElement) || !t.matches('[data-checklist] input[data-filter]')) return;
  const list = t.closest('[data-checklist]');
  const q = fold(t.value.trim());
  for (const group of list.querySelectorAll('.checklist-group')) {
    let shown = 0;
    for (const label of group.querySelectorAll('label.check')) {
      const hit = !q || fold(label.textContent || '').includes(q) || label.querySelector('input').checked;
      label.hidden = !hit;
      if (hit) shown++;
    }
    group.hidden = shown === 0;
  }
});

// The function picker closes once a function is chosen: the results empty, the search field
// clears and keeps the focus, ready for the next one.
document.addEventListener('htmx:afterRequest', (e) => {
  const elt = e.detail.elt;
  if (
    !e.detail.successful ||
    !(elt instanceof HTMLElement) ||
    !elt.matches('#function-results button.option')
  )
    return;
  const results = document.getElementById('function-results');
  if (results) results.replaceChildren();
  const input = document.querySelector('input[name=fq]');
  if (input) {
    input.value = '';
    input.focus();
  }
});
