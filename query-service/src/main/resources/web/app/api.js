// The public JSON API of query-service, same origin. Errors carry the API's problem detail in words.

export class ApiError extends Error {
  constructor(status, problem, url) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
    this.url = url;
  }
}

function describe(status, p) {
  if (!p) return `The server answered ${status}.`;
  const text = [p.title, p.detail].filter(Boolean).join(': ');
  const unsaid = (p.errors || []).filter((e) => !(p.detail || '').includes(e.message));
  return unsaid.length ? `${text} (${unsaid.map((e) => `${e.field}: ${e.message}`).join('; ')})` : text;
}

/** Query string from an object; arrays repeat the key, empty values are left out. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x !== null && x !== undefined && x !== '') q.append(k, x);
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * GET path with params. revalidate: ask the server whether the browser's copy is still current (a conditional
 * request when it sent an ETag) instead of taking it from the HTTP cache, for refreshes.
 */
export async function get(path, params = {}, { revalidate = false, signal } = {}) {
  const url = path + query(params);
  let r;
  try {
    r = await fetch(url, { headers: { Accept: 'application/json' }, cache: revalidate ? 'no-cache' : 'default', signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'The query service did not answer', detail: e.message }, url);
  }
  const type = r.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await r.json().catch(() => null) : null;
  if (!r.ok) throw new ApiError(r.status, body, url);
  return body;
}

/** Entities whose name or alias begins with text, for the pickers. */
export const findEntities = (q, type) => get('/entities', { q, type, limit: 8 });
