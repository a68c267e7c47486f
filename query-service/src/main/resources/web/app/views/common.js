import { h, num, day } from '../dom.js';
import { href } from '../state.js';

/** A ranked list with a bar per item (the number is always written out too). */
export function ranked(items, { label, link, value, unit, extra }) {
  if (!items.length) return null;
  const max = Math.max(1, ...items.map(value));
  return h('ol', { class: 'ranked' }, items.map((x) => h('li', {},
    h('a', { href: link(x) }, label(x)),
    extra ? h('span', { class: 'muted' }, ' ', extra(x)) : null,
    h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: `width:${(100 * value(x)) / max}%` })),
    h('span', { class: 'count' }, `${num(value(x))} ${unit(value(x))}`))));
}

export const plural = (one, many) => (n) => (n === 1 ? one : many);

/** Dates and source the view is filtered by, in words. */
export function scope(p) {
  const parts = [];
  if (p.get('from') && p.get('to')) parts.push(`from ${day(p.get('from'))} to ${day(p.get('to'))}`);
  else if (p.get('from')) parts.push(`since ${day(p.get('from'))}`);
  else if (p.get('to')) parts.push(`until ${day(p.get('to'))}`);
  else parts.push('all dates');
  parts.push(p.get('source') ? `source ${p.get('source')}` : 'all sources');
  return parts.join(', ');
}

/** The global filters of p as API params. */
export function filters(p) {
  return { from: p.get('from'), to: p.get('to'), source: p.get('source') };
}

/** One quote with its speaker, cue and where it appeared; the quote links to the article with the quote marked. */
export function quoteItem(q) {
  return h('li', { class: 'quote-item' },
    h('blockquote', {}, h('a', { href: href('article', { id: q.articleId, quote: q.id }), class: 'quote-link' }, `“${q.text}”`)),
    h('p', { class: 'meta' },
      q.speaker && q.speaker.id
        ? h('a', { href: href('entity', { id: q.speaker.id }) }, q.speaker.name)
        : h('span', {}, q.speakerName || 'unattributed'),
      q.cue ? ` ${q.cue}` : '', ' · ',
      h('span', {}, q.articleTitle || '(untitled)'), ' · ', q.source || 'no source', ' · ', day(q.dated),
      ' · ', h('span', { class: 'muted' }, `confidence ${Math.round(q.confidence * 100)}%`)));
}
