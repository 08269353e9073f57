// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Let htmx swap 422 responses (validation errors come back as the form with its messages).
  if (window.htmx) {
    window.htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '422', swap: true },
      { code: '[45]..', swap: false, error: true },
    ];
  }
});

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
