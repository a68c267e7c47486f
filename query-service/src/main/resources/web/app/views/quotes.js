import { get } from '../api.js';
import { h, num } from '../dom.js';
import { panel } from '../panel.js';
import { entityPicker } from '../picker.js';
import { go, href } from '../state.js';
import { filters, quoteItem, scope } from './common.js';
import { pager } from './search.js';

/** Quotes by a speaker, with words, about an entity; newest first. */
export function quotes(p) {
  const f = filters(p);
  const params = { speaker: p.get('speaker'), q: p.get('q'), about: p.get('about') };
  const speakerPick = entityPicker({ label: 'Said by', id: params.speaker });
  const aboutPick = entityPicker({ label: 'About', id: params.about });
  const q = h('input', { type: 'search', id: 'quote-q', value: params.q || '', placeholder: 'words in the quote' });
  const formProblem = h('p', { class: 'form-problem', role: 'alert' });
  const form = h('form', { class: 'controls', onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const [speaker, about] = await Promise.all([speakerPick.value(), aboutPick.value()]);
      go(href('quotes', { speaker, about, q: q.value.trim() }));
    } catch (e) { formProblem.textContent = e.message; }
  } },
  speakerPick.el, h('div', { class: 'field grow' }, h('label', { for: 'quote-q' }, 'Words'), q), aboutPick.el,
  h('button', { type: 'submit' }, 'Find quotes'), formProblem);
  const results = panel('Quotes', pager(
    (cursor) => get('/quotes', { ...f, ...params, cursor, limit: 20 }),
    quoteItem, {
      empty: 'No quotes match.',
      count: (r, shown) => `${num(r.total)} ${r.total === 1 ? 'quote' : 'quotes'}; ${num(shown)} shown.`,
    }), { id: 'quote-results', wide: true });
  const node = h('div', {}, h('h1', {}, 'Quotes'), h('p', { class: 'scope' }, scope(p)), form, results.el);
  return { node, done: results.done };
}
