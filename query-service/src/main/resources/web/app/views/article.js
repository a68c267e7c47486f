import { get } from '../api.js';
import { h, day, typeLabel, TYPE_SHORT } from '../dom.js';
import { problem } from '../panel.js';
import { href } from '../state.js';

/**
 * Marks a text: every mention a link to its entity (colour and a type label), every quote a focusable span with
 * its speaker's name in front and speaker, cue and confidence shown on hover or focus. Mentions and quotes each
 * never overlap among themselves; the text is cut at every boundary of either.
 */
export function marked(text, mentions, quotes, focus) {
  const cuts = new Set([0, text.length]);
  for (const x of [...mentions, ...quotes]) {
    cuts.add(Math.max(0, Math.min(text.length, x.start)));
    cuts.add(Math.max(0, Math.min(text.length, x.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const covering = (list, a) => list.find((x) => x.start <= a && a < x.end);
  const out = [];
  let open = null; // the quote element being filled, and its quote
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const q = covering(quotes, a);
    const m = covering(mentions, a);
    const piece = text.slice(a, b);
    const node = m
      ? h('a', { class: `mention type-${m.entity.type}`, href: href('entity', { id: m.entity.id }),
        title: `${m.entity.name} (${typeLabel(m.entity.type)})` }, piece,
      m.end === b ? h('span', { class: 'tag', 'aria-label': `, ${typeLabel(m.entity.type)}` }, TYPE_SHORT[m.entity.type] || m.entity.type) : null)
      : piece;
    if (q) {
      if (!open || open.q !== q) {
        const speaker = q.speaker && q.speaker.name ? q.speaker.name : (q.speakerName || 'unattributed');
        const info = `${speaker}${q.cue ? ` (${q.cue})` : ''}, confidence ${Math.round(q.confidence * 100)}%`;
        const inner = h('span', { class: 'quote-text' });
        const el = h('span', { class: q.id === focus ? 'quote focused' : 'quote', tabindex: 0, id: `quote-${q.id}`,
          dataset: { quoteId: q.id }, 'aria-label': `Quote by ${info}` },
        h('span', { class: 'speaker' }, speaker), inner, h('span', { class: 'quote-info', role: 'tooltip' }, info));
        open = { q, el, inner };
        out.push(el);
      }
      open.inner.append(node);
    } else {
      open = null;
      out.push(node);
    }
  }
  return out;
}

/** An article with everything found in it. */
export function article(p) {
  const id = p.get('id');
  const focus = Number(p.get('quote')) || null;
  const node = h('article', { class: 'article' }, h('p', { class: 'muted' }, 'Loading…'));
  const done = get(`/articles/${encodeURIComponent(id || '')}`).then((a) => {
    document.title = `${a.title || a.id} · Newslens`;
    const mentionsIn = (section) => a.entities.flatMap((e) => e.mentions.filter((m) => m.section === section)
      .map((m) => ({ ...m, entity: e })));
    const byType = {};
    a.entities.forEach((e) => (byType[e.type] ||= []).push(e));
    node.replaceChildren(
      h('h1', {}, marked(a.title || '(untitled)', mentionsIn('TITLE'), [], null)),
      h('p', { class: 'meta' }, day(a.published || a.dated), a.published ? '' : ' (received)', ' · ',
        a.source ? h('a', { href: href('overview', { source: a.source }) }, a.source) : 'no source',
        a.byline ? ` · ${a.byline}` : '', ' · ', a.url ? h('a', { href: a.url, rel: 'noopener noreferrer' }, 'original') : 'no URL'),
      h('p', { class: 'meta muted' }, `Analysed by ${a.analyzerVersion || 'unknown version'}`,
        a.analyzedAt ? ` on ${day(a.analyzedAt.slice(0, 10))}` : ''),
      h('p', { class: 'legend', 'aria-hidden': 'true' }, 'Marked: ',
        ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'].map((t) => h('span', { class: `mention type-${t}` }, typeLabel(t), h('span', { class: 'tag' }, TYPE_SHORT[t]))),
        h('span', { class: 'quote' }, h('span', { class: 'speaker' }, 'speaker'), h('span', { class: 'quote-text' }, 'quote'))),
      h('div', { class: 'body' }, marked(a.body || '', mentionsIn('BODY'), a.quotes, focus)),
      h('section', { 'aria-labelledby': 'in-article' }, h('h2', { id: 'in-article' }, 'Who is in it'),
        a.entities.length ? h('ul', { class: 'entities' }, Object.entries(byType).map(([t, list]) => h('li', {},
          h('strong', {}, `${typeLabel(t)}: `), list.map((e, i) => [i ? ', ' : '', h('a', { href: href('entity', { id: e.id }) }, e.name),
            ` (${e.mentionCount})`]))))
          : h('p', { class: 'empty' }, 'No people, organisations or places found.')),
      h('section', { 'aria-labelledby': 'said-in-article' }, h('h2', { id: 'said-in-article' }, 'Quotes'),
        a.quotes.length ? h('ol', { class: 'quotes' }, a.quotes.map((q) => h('li', {},
          h('a', { href: `#quote-${q.id}` }, `“${q.text}”`), ' — ',
          q.speaker && q.speaker.id ? h('a', { href: href('entity', { id: q.speaker.id }) }, q.speaker.name) : (q.speakerName || 'unattributed'),
          q.cue ? ` ${q.cue}` : '', h('span', { class: 'muted' }, ` · confidence ${Math.round(q.confidence * 100)}%`))))
          : h('p', { class: 'empty' }, 'No quotes found.')));
    const target = focus && node.querySelector(`#quote-${focus}`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  }, (e) => node.replaceChildren(h('h1', {}, 'Article'), problem(e)));
  return { node, done };
}
