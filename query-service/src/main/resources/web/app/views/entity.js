import { get } from '../api.js';
import { h, day, num, typeLabel, TYPE_SHORT } from '../dom.js';
import { companionGraph, timeChart } from '../charts.js';
import { panel, problem } from '../panel.js';
import { go, href } from '../state.js';
import { filters, quoteItem, scope } from './common.js';

/** One entity: who or what it is, when it was in the news, who appears with it, what it said and what was said about it. */
export function entity(p) {
  const id = p.get('id');
  const f = filters(p);
  const interval = p.get('interval') || 'week';
  const profile = get(`/entities/${encodeURIComponent(id || '')}`, { companions: 1, quotes: 0 });
  const head = h('header', { class: 'entity-head' }, h('h1', {}, 'Entity'));
  const headDone = profile.then((e) => {
    document.title = `${e.name} · Newslens`;
    head.replaceChildren(
      h('h1', {}, e.name, ' ', h('span', { class: `type type-${e.type}` }, typeLabel(e.type))),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Also called'), h('dd', {}, e.aliases.filter((a) => a !== e.name).join(', ') || '—'),
        h('dt', {}, 'Articles'), h('dd', {}, h('a', { href: href('search', { entity: e.id }) }, `${num(e.articleCount)} articles`),
          ` (${num(e.mentionCount)} mentions)`),
        h('dt', {}, 'First seen'), h('dd', {}, day(e.firstSeen) || '—'),
        h('dt', {}, 'Last seen'), h('dd', {}, day(e.lastSeen) || '—')),
      h('p', { class: 'scope' }, `Charts and quotes below: ${scope(p)}.`));
  }, (e) => { head.append(problem(e)); throw e; });

  const quotes = (params) => async () => {
    const r = await get('/quotes', { ...f, ...params, limit: 5 });
    if (!r.hits.length) return null;
    return h('div', {}, h('ol', { class: 'quotes' }, r.hits.map(quoteItem)),
      r.total > r.hits.length ? h('p', {}, h('a', { href: href('quotes', params) }, `All ${num(r.total)} quotes`)) : null);
  };
  const panels = [
    panel('Mentions over time', async () => {
      const r = await get('/stats/timeline', { ...f, entity: id, interval });
      const s = r.series[0];
      if (!s.articles.some((x) => x > 0)) return null;
      return timeChart({ title: `Articles mentioning ${s.entity.name}`, buckets: r.buckets, yName: 'articles mentioning',
        series: [{ name: s.entity.name, values: s.articles }] });
    }, { id: 'entity-timeline', empty: 'Not mentioned in this range.' }),
    panel('Companions', async () => {
      const g = await get('/stats/cooccurrence', { from: f.from, to: f.to, entity: id, limit: 15, links: 'all' });
      if (g.nodes.length < 2) return null;
      const chart = companionGraph({ title: `Entities mentioned in the same articles as ${g.nodes[0].name}`, graph: g,
        onOpen: (other) => go(href('entity', { id: other })) });
      const list = h('ul', { class: 'chips', 'aria-label': 'Companions' }, g.nodes.slice(1).map((n) =>
        h('li', {}, h('a', { href: href('entity', { id: n.id }) }, n.name), ' ', h('abbr', { title: typeLabel(n.type) }, TYPE_SHORT[n.type] || n.type))));
      return { node: h('div', {}, h('p', { class: 'muted' },
        'Entities mentioned in the same articles; a line’s width is the number of articles they share. Click a name to open it.'),
      chart.node, list), drawn: chart.drawn };
    }, { id: 'companions', empty: 'Nobody else appears in its articles in this range.' }),
    panel('Latest quotes by it', quotes({ speaker: id }), { id: 'quotes-by', empty: 'No quotes by it in this range.' }),
    panel('Latest quotes about it', quotes({ about: id }), { id: 'quotes-about', empty: 'No quotes about it in this range.' }),
  ];
  const intervalSelect = h('div', { class: 'controls' }, h('div', { class: 'field' }, h('label', { for: 'interval' }, 'Period'),
    h('select', { id: 'interval', onchange: (ev) => go(href('entity', { id, interval: ev.target.value })) },
      ['day', 'week', 'month'].map((x) => h('option', { value: x, selected: x === interval }, `per ${x}`)))));
  const node = h('div', {}, head, intervalSelect, h('div', { class: 'grid two' }, panels.map((x) => x.el)));
  return { node, done: Promise.all([headDone.catch(() => {}), ...panels.map((x) => x.done)]) };
}
