// Small DOM helpers: every text from the API goes in as text nodes, never as HTML.

/** h('a', {href: '/x', class: 'y'}, 'text', child, [more]) builds an element. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/**
 * The API's snippets are HTML-escaped text with <mark> around matches. Parsed in an inert document and copied
 * back as text and <mark> elements only, so nothing else the text might hold can become markup.
 */
export function snippet(html) {
  const doc = new DOMParser().parseFromString(`<p>${html || ''}</p>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const n of doc.body.firstChild ? doc.body.firstChild.childNodes : []) {
    if (n.nodeType === Node.ELEMENT_NODE && n.nodeName === 'MARK') out.append(h('mark', {}, n.textContent));
    else out.append(document.createTextNode(n.textContent));
  }
  return out;
}

const numbers = new Intl.NumberFormat('en');
export const num = (n) => numbers.format(n);

const dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** '2023-03-20' as '20 Mar 2023'. */
export function day(iso) {
  const d = iso ? new Date(`${iso}T00:00:00Z`) : null;
  return d && !Number.isNaN(d.getTime()) ? dates.format(d) : (iso || '');
}

export const TYPE_LABEL = { PERSON: 'person', ORGANIZATION: 'organisation', LOCATION: 'place', MISC: 'other' };
export const TYPE_SHORT = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' };
export const typeLabel = (t) => TYPE_LABEL[t] || (t || '').toLowerCase();
