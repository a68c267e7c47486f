import { get } from '../api.js';
import { h, day, typeLabel, TYPE_SHORT } from '../dom.js';
import { problem } from '../panel.js';
import { href } from '../state.js';

/**
 * Marks a text: every mention a link to its entity (colour, and its type as a label), every quote a focusable span
 * with its speaker's name in front, and speaker, cue and confidence shown on hover or focus. Labels are drawn by CSS
 * from data attributes, so the marked text reads exactly as the article. Quotes may hold quotes (a block quote and
 * the sentences quoted inside it) and mentions; an item crossing its container's end is cut there.
 */
export function marked(text, mentions, quotes, focus) {
  const items = [
    ...quotes.map((q) => ({ start: q.start, end: q.end, quote: q })),
    ...mentions.map((m) => ({ start: m.start, end: m.end, mention: m })),
  ].sort((a, b) => a.start - b.start || b.end - a.end || (a.quote ? -1 : 1));
  return nest(text, 0, text.length, items, focus);
}

function nest(text, from, to, items, focus) {
  const out = [];
  let pos = from;
  let i = 0;
  while (i < items.length) {
    const it = items[i];
    const start = Math.max(it.start, pos);
    const end = Math.min(it.end, to);
    if (start >= end) {
      i++;
      continue;
    }
    if (start > pos) out.push(text.slice(pos, start));
    let j = i + 1;
    while (j < items.length && items[j].start < end) j++;
    const inner = nest(text, start, end, items.slice(i + 1, j), focus);
    out.push(it.quote ? quoteSpan(it.quote, inner, focus) : mentionLink(it.mention, inner));
    pos = end;
    i = j;
  }
  if (pos < to) out.push(text.slice(pos, to));
  return out;
}

function mentionLink(m, inner) {
  const type = typeLabel(m.entity.type);
  return h('a', { class: `mention type-${m.entity.type}`, href: href('entity', { id: m.entity.id }),
    title: `${m.entity.name} (${type})`, 'aria-label': `${m.surface} (${m.entity.name}, ${type})`,
    dataset: { tag: TYPE_SHORT[m.entity.type] || m.entity.type } }, inner);
}

function quoteSpan(q, inner, focus) {
  const speaker = q.speaker && q.speaker.name ? q.speaker.name : (q.speakerName || 'unattributed');
  const info = `${speaker}${q.cue ? ` (${q.cue})` : ''}, confidence ${Math.round(q.confidence * 100)}%`;
  return h('span', { class: q.id === focus ? 'quote focused' : 'quote', tabindex: 0, id: `quote-${q.id}`,
    role: 'group', 'aria-label': `Quote by ${info}`, dataset: { quoteId: q.id, speaker, info } }, inner);
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
        ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'].map((t) => h('span', { class: `mention type-${t}`, dataset: { tag: TYPE_SHORT[t] } }, typeLabel(t))),
        h('span', { class: 'quote', dataset: { speaker: 'speaker' } }, 'quote')),
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
