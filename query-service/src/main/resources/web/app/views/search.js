import { get } from '../api.js';
import { h, day, num, snippet } from '../dom.js';
import { panel } from '../panel.js';
import { entityPicker } from '../picker.js';
import { go, href } from '../state.js';
import { filters, scope } from './common.js';

/** A page of hits with "more" through the API's cursor. */
export function pager(load, render, { empty, count }) {
  let cursor = null;
  const list = h('ol', { class: 'hits' });
  const status = h('p', { class: 'total', role: 'status' });
  const more = h('button', { type: 'button', class: 'more', hidden: true, onclick: () => next().catch(() => {}) }, 'More');
  async function next() {
    more.disabled = true;
    const r = await load(cursor);
    list.append(...r.hits.map(render));
    cursor = r.nextCursor;
    more.hidden = !cursor;
    more.disabled = false;
    status.textContent = count(r, list.children.length);
    return r;
  }
  return async () => {
    const r = await next();
    if (!r.hits.length) return h('p', { class: 'empty' }, empty);
    return h('div', {}, status, list, more);
  };
}

function hit(x) {
  return h('li', { class: 'hit' },
    h('h3', {}, h('a', { href: href('article', { id: x.id }) }, x.title || '(untitled)')),
    h('p', { class: 'meta' }, day(x.published || x.dated), ' · ', x.source || 'no source', x.byline ? ` · ${x.byline}` : ''),
    x.snippet ? h('p', { class: 'snippet' }, snippet(x.snippet)) : null);
}

/** Full-text search with the API's web-search syntax and its filters. */
export function search(p) {
  const f = filters(p);
  const params = { q: p.get('q'), entity: p.getAll('entity'), speaker: p.get('speaker'), sort: p.get('sort') };
  const q = h('input', { type: 'search', id: 'q', name: 'q', value: params.q || '', 'aria-describedby': 'q-hint',
    placeholder: 'Putin "gas pipeline" -football' });
  const entityPick = entityPicker({ label: 'Mentions', id: params.entity[0] });
  const speakerPick = entityPicker({ label: 'Quotes', id: params.speaker, type: 'person' });
  const sort = h('select', { id: 'sort' }, [['', 'best match first'], ['date', 'newest first']].map(([v, t]) =>
    h('option', { value: v, selected: (params.sort || '') === v }, t)));
  const formProblem = h('p', { class: 'form-problem', role: 'alert' });
  const form = h('form', { class: 'controls search-form', role: 'search', onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const [entity, speaker] = await Promise.all([entityPick.value(), speakerPick.value()]);
      go(href('search', { q: q.value.trim(), entity, speaker, sort: sort.value }));
    } catch (e) { formProblem.textContent = e.message; }
  } },
  h('div', { class: 'field grow' }, h('label', { for: 'q' }, 'Search articles'), q,
    h('small', { id: 'q-hint', class: 'muted' }, '"exact phrase", or, -exclude')),
  entityPick.el, speakerPick.el,
  h('div', { class: 'field' }, h('label', { for: 'sort' }, 'Order'), sort),
  h('button', { type: 'submit' }, 'Search'), formProblem);
  const results = panel('Articles', pager(
    (cursor) => get('/articles', { ...f, ...params, cursor, limit: 20 }),
    hit, {
      empty: 'No articles match.',
      count: (r, shown) => `${r.totalRelation === 'gte' ? 'At least ' : ''}${num(r.total)} ${r.total === 1 ? 'article' : 'articles'}`
        + ` match; ${num(shown)} shown.`,
    }), { id: 'results', wide: true });
  const node = h('div', {}, h('h1', {}, 'Search'), h('p', { class: 'scope' }, scope(p)), form, results.el);
  return { node, done: results.done };
}
