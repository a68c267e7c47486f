import { get } from '../api.js';
import { h, num } from '../dom.js';
import { timeChart } from '../charts.js';
import { panel } from '../panel.js';
import { entityPicker } from '../picker.js';
import { go, href } from '../state.js';
import { filters, plural, ranked, scope } from './common.js';

const MAX_LINES = 5;

/** Who and what the news of a period is about: volume, top entities, sources and speakers. */
export function overview(p, { revalidate = false } = {}) {
  const f = filters(p);
  const interval = p.get('interval') || 'week';
  const chosen = p.getAll('e').slice(0, MAX_LINES);
  const opts = { revalidate };
  const top = (type) => get('/stats/top-entities', { ...f, type, limit: 10 }, opts);
  const people = top('person');

  const link = (params) => href('overview', { interval: p.get('interval'), e: chosen, ...params });
  const picker = entityPicker({ label: 'Add an entity to the mentions chart', hint: `up to ${MAX_LINES}` });
  const form = h('form', { class: 'controls', onsubmit: async (ev) => {
    ev.preventDefault();
    const msg = form.querySelector('.form-problem');
    try {
      const id = await picker.value();
      if (id !== null && !chosen.includes(String(id))) go(link({ e: [...chosen, id].slice(-MAX_LINES) }));
    } catch (e) { msg.textContent = e.message; }
  } },
  h('div', { class: 'field' }, h('label', { for: 'interval' }, 'Period'),
    h('select', { id: 'interval', onchange: (ev) => go(link({ interval: ev.target.value })) },
      ['day', 'week', 'month'].map((x) => h('option', { value: x, selected: x === interval }, `per ${x}`)))),
  picker.el, h('button', { type: 'submit' }, 'Add'), h('p', { class: 'form-problem', role: 'alert' }));

  const panels = [
    ...[['People', people], ['Organisations', 'organization'], ['Places', 'location']].map(([title, what]) =>
      panel(`Top ${title.toLowerCase()}`, async () => {
        const r = await (typeof what === 'string' ? top(what) : what);
        return ranked(r.items, { label: (x) => x.name, link: (x) => href('entity', { id: x.id }), value: (x) => x.articles,
          unit: plural('article', 'articles'), extra: (x) => `(${num(x.mentions)} mentions)` });
      }, { id: `top-${title.toLowerCase()}`, empty: `No ${title.toLowerCase()} in this range.` })),
    panel('Articles over time', async () => {
      const r = await get('/stats/articles', { ...f, interval: p.get('interval') || 'week' }, opts);
      if (!r.articles.some((x) => x > 0)) return null;
      return timeChart({ title: 'Articles over time', buckets: r.buckets, yName: 'articles', kind: 'bar',
        series: [{ name: 'articles', values: r.articles }] });
    }, { id: 'articles-over-time', wide: true, empty: 'No articles in this range.' }),
    panel('Mentions over time', async () => {
      const ids = chosen.length ? chosen : (await people).items.slice(0, 3).map((x) => x.id);
      if (!ids.length) return null;
      const r = await get('/stats/timeline', { ...f, entity: ids, interval: p.get('interval') || 'week' }, opts);
      const chips = h('ul', { class: 'chips', 'aria-label': 'Entities on this chart' }, r.series.map((s) => h('li', {},
        h('a', { href: href('entity', { id: s.entity.id }) }, s.entity.name),
        chosen.length ? h('a', { class: 'remove', href: link({ e: chosen.filter((x) => x !== String(s.entity.id)) }),
          'aria-label': `Remove ${s.entity.name} from the chart` }, '×') : null)));
      const chart = timeChart({ title: 'Articles mentioning each entity', buckets: r.buckets, yName: 'articles mentioning',
        series: r.series.map((s) => ({ name: s.entity.name, values: s.articles })) });
      return { node: h('div', {}, chosen.length ? null : h('p', { class: 'muted' }, 'The three most mentioned people; add others below.'),
        chips, chart.node), drawn: chart.drawn };
    }, { id: 'mentions-over-time', wide: true, empty: 'Nobody is mentioned in this range.' }),
    panel('Articles per source', async () => {
      const r = await get('/stats/sources', { from: f.from, to: f.to, limit: 15 }, opts);
      return ranked(r.items, { label: (x) => x.source || '(no source)', link: (x) => href('overview', { source: x.source,
        interval: p.get('interval') }), value: (x) => x.articles, unit: plural('article', 'articles') });
    }, { id: 'sources', empty: 'No articles in this range.' }),
    panel('Most quoted', async () => {
      const r = await get('/stats/speakers', { ...f, limit: 10 }, opts);
      return ranked(r.items, { label: (x) => x.name, link: (x) => href('quotes', { speaker: x.id }), value: (x) => x.quotes,
        unit: plural('quote', 'quotes'), extra: (x) => `(in ${num(x.articles)} ${x.articles === 1 ? 'article' : 'articles'})` });
    }, { id: 'speakers', empty: 'Nobody is quoted in this range.' }),
  ];
  const node = h('div', {},
    h('h1', {}, 'Overview'), h('p', { class: 'scope' }, `${scope(p)}, per ${interval}`),
    form, h('div', { class: 'grid' }, panels.map((x) => x.el)));
  return { node, done: Promise.all(panels.map((x) => x.done)) };
}
