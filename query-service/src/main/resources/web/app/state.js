// The page's state is its URL: /?view=entity&id=1&from=2023-01-01 … Links are plain hrefs; the router follows them
// without reloading, and the back button walks the history.

/** Filters that apply across views. */
export const GLOBAL = ['from', 'to', 'source'];

export function current() {
  return new URLSearchParams(location.search);
}

/** The URL of a view with its own params, keeping the global filters unless overridden. */
export function href(view, params = {}) {
  const now = current();
  const q = new URLSearchParams();
  if (view !== 'overview') q.set('view', view);
  for (const k of GLOBAL) {
    if (now.get(k) && !(k in params)) q.set(k, now.get(k));
  }
  for (const [k, v] of Object.entries(params)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x !== null && x !== undefined && x !== '') q.append(k, x);
    }
  }
  const s = q.toString();
  return s ? `/?${s}` : '/';
}

let onChange = () => {};
export function listen(fn) {
  onChange = fn;
  window.addEventListener('popstate', () => onChange());
}

/** Goes to url as a new history entry (replace: instead of the current one). */
export function go(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  onChange();
}
