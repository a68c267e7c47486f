import { get, findEntities } from './api.js';
import { h, typeLabel } from './dom.js';

let pickers = 0;

/**
 * A labelled text box that finds an entity by name (suggestions from /entities as one types). value() resolves
 * to the chosen entity's id, or null when empty; a name that matches nothing is an error said in words.
 */
export function entityPicker({ label, id, type, hint }) {
  const n = ++pickers;
  const input = h('input', { type: 'search', id: `picker-${n}`, list: `picker-${n}-options`, autocomplete: 'off',
    placeholder: 'a name', 'aria-describedby': hint ? `picker-${n}-hint` : undefined });
  const options = h('datalist', { id: `picker-${n}-options` });
  const known = new Map();
  const remember = (e) => known.set(e.name.toLowerCase(), e.id);
  if (id) {
    input.value = `#${id}`;
    get(`/entities/${encodeURIComponent(id)}`, { companions: 1, quotes: 0 })
      .then((p) => { remember(p); input.value = p.name; })
      .catch(() => {}); // the view's own request says what is wrong with the id
  }
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2 || text.startsWith('#')) return;
    timer = setTimeout(async () => {
      try {
        const found = await findEntities(text, type);
        found.items.forEach(remember);
        options.replaceChildren(...found.items.map((e) => h('option', { value: e.name }, `${typeLabel(e.type)}, ${e.articleCount} articles`)));
      } catch {
        options.replaceChildren();
      }
    }, 200);
  });
  const el = h('div', { class: 'field' }, h('label', { for: input.id }, label), input, options,
    hint ? h('small', { id: `picker-${n}-hint`, class: 'muted' }, hint) : null);
  async function value() {
    const text = input.value.trim();
    if (!text) return null;
    if (/^#\S+$/.test(text)) return text.slice(1);
    if (known.has(text.toLowerCase())) return known.get(text.toLowerCase());
    const found = await findEntities(text, type);
    if (!found.items.length) throw new Error(`No ${type ? typeLabel(type.toUpperCase()) : 'entity'} is named “${text}”.`);
    return found.items[0].id;
  }
  return { el, value, input };
}
