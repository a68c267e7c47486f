// The dashboard: a small router over five views, each reading the public JSON API.
import './style.css';
import { get } from './api.js';
import { disposeAll } from './charts.js';
import { h } from './dom.js';
import { current, go, href, listen, GLOBAL } from './state.js';
import { overview } from './views/overview.js';
import { search } from './views/search.js';
import { entity } from './views/entity.js';
import { article } from './views/article.js';
import { quotes } from './views/quotes.js';

const VIEWS = { overview, search, entity, article, quotes };
const TITLES = { overview: 'Overview', search: 'Search', entity: 'Entity', article: 'Article', quotes: 'Quotes' };
const root = document.documentElement;
const main = document.getElementById('view');
const filters = document.getElementById('filters');
let renders = 0;

/**
 * Renders the view the URL names. The page's ready signal, for people and tests alike: <html data-status> is
 * "loading" until every panel of the view has its data on screen (charts drawn), then "ready"; data-problems
 * counts the panels that say an error instead.
 */
async function render({ refresh = false } = {}) {
  const n = ++renders;
  const p = current();
  const name = p.get('view') || 'overview';
  root.dataset.status = 'loading';
  root.dataset.view = name;
  delete root.dataset.problems;
  disposeAll();
  document.title = `${TITLES[name] || 'Not found'} · Newslens`;
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    a.href = href(a.dataset.view); // the dates and source go along
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  syncFilters(p);
  const view = VIEWS[name];
  let done;
  if (view) {
    try {
      const out = view(p, { revalidate: refresh });
      main.replaceChildren(out.node);
      done = out.done;
    } catch (e) { // a bug of the page, not of the API: said, and the page still settles
      main.replaceChildren(h('h1', {}, TITLES[name]), h('p', { class: 'problem', role: 'alert' }, `This view failed: ${e.message}`));
      done = Promise.resolve();
    }
  } else {
    main.replaceChildren(h('h1', {}, 'Not found'), h('p', { class: 'problem', role: 'alert' },
      `There is no view called “${name}”. `, h('a', { href: '/' }, 'Go to the overview.')));
    done = Promise.resolve();
  }
  if (n > 1 && !refresh && !p.get('quote')) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
  await done;
  if (n !== renders) return; // a newer navigation took over
  root.dataset.problems = String(main.querySelectorAll('.problem').length);
  root.dataset.status = 'ready';
  performance.mark('newslens-ready', { detail: name }); // deploy/bench/dashboard measures navigation to here
}

function syncFilters(p) {
  // a date the input cannot hold stays in the URL, where the API says what is wrong with it
  const date = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') && !Number.isNaN(Date.parse(v)) ? v : '');
  filters.elements.from.value = date(p.get('from'));
  filters.elements.to.value = date(p.get('to'));
  const source = filters.elements.source;
  const want = p.get('source') || '';
  if (want && ![...source.options].some((o) => o.value === want)) source.append(h('option', { value: want }, want));
  source.value = want;
}

// the sources for the filter, once; later polls of the same list tell the overview when articles arrived
let seenSources = null;
get('/stats/sources', { limit: 100 }).then((r) => {
  seenSources = JSON.stringify(r);
  const source = filters.elements.source;
  const have = new Set([...source.options].map((o) => o.value));
  for (const s of r.items) {
    if (s.source && !have.has(s.source)) source.append(h('option', { value: s.source }, s.source));
  }
  source.value = current().get('source') || '';
}).catch(() => {}); // the views say what is wrong with the API

function applyFilters(values) {
  const p = current();
  for (const k of GLOBAL) {
    if (values[k]) p.set(k, values[k]);
    else p.delete(k);
  }
  const s = p.toString();
  go(s ? `/?${s}` : '/');
}

filters.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const e = filters.elements;
  applyFilters({ from: e.from.value, to: e.to.value, source: e.source.value });
});
document.getElementById('f-clear').addEventListener('click', () => applyFilters({}));

// same-page links are followed without a reload
document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a[href]');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey || a.target) return;
  const url = new URL(a.href);
  if (url.origin !== location.origin || url.pathname !== '/' || (url.hash && url.search === location.search)) return;
  ev.preventDefault();
  go(url.pathname + url.search);
});

/**
 * The overview refreshes itself when new articles have arrived: once a minute, while it is on screen, it asks for
 * the articles per source again as a conditional request (revalidate: the browser sends If-None-Match when the
 * server gave an ETag, and an unchanged answer costs a 304), and redraws with fresh data only when they changed.
 */
async function poll() {
  if (document.hidden || root.dataset.view !== 'overview' || root.dataset.status !== 'ready') return;
  try {
    const now = JSON.stringify(await get('/stats/sources', { limit: 100 }, { revalidate: true }));
    if (seenSources !== null && now !== seenSources) render({ refresh: true });
    seenSources = now;
  } catch {
    // the next poll tries again; the panels keep what they show
  }
}
setInterval(poll, 60_000);

listen(() => render());
render();
