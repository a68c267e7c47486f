import { h } from './dom.js';

/**
 * A titled section that loads its own content: says so while loading, shows what load() returns (a node, or
 * {node, drawn} for charts), "empty" in words when load() returns null, and the API's problem in words when it
 * fails. The returned promise settles once the content is on screen; it never rejects.
 */
export function panel(title, load, { id, wide = false, empty = 'Nothing to show.', level = 'h2' } = {}) {
  const headingId = id ? `${id}-title` : undefined;
  const body = h('div', { class: 'panel-body', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  const el = h('section', { class: wide ? 'panel wide' : 'panel', id, 'aria-labelledby': headingId, dataset: { state: 'loading' } },
    h(level, { id: headingId }, title), body);
  const done = (async () => {
    try {
      const out = await load();
      if (out === null || out === undefined) {
        body.replaceChildren(h('p', { class: 'empty' }, empty));
      } else if (out.drawn) {
        body.replaceChildren(out.node);
        await out.drawn();
      } else {
        body.replaceChildren(out);
      }
      el.dataset.state = 'ready';
    } catch (e) {
      if (e.name === 'AbortError') return;
      body.replaceChildren(problem(e));
      el.dataset.state = 'error';
    }
  })();
  return { el, done };
}

/** An API error in words. */
export function problem(e) {
  return h('p', { class: 'problem', role: 'alert' }, h('strong', {}, 'Could not load this. '), e.message);
}
