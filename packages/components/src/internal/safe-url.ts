/** Why a URL was refused, for the development warning. */
export type UnsafeUrlReason = 'empty' | 'scheme' | 'protocol-relative' | 'backslash';

/** The outcome of checking a URL an author wrote in an attribute. */
export type UrlCheck =
  { ok: true; url: string; external: boolean } | { ok: false; reason: UnsafeUrlReason; scheme?: string };

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/** Whether the character at `index` is a C0 control or a space, which browsers strip from a URL's ends. */
const isC0OrSpace = (text: string, index: number) => text.charCodeAt(index) <= 0x20;

/**
 * `text` without C0 controls and spaces at either end. A loop rather than
 * `/[\u0000-\u0020]+$/`: a regular expression retries that class from every
 * position of a long interior run, quadratic in it (an `href` with 100,000
 * interior spaces blocked the main thread for seconds).
 */
function trimC0AndSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isC0OrSpace(text, start)) start++;
  while (end > start && isC0OrSpace(text, end - 1)) end--;
  return text.slice(start, end);
}

/**
 * Accepts `https:` URLs and relative URLs only. Browsers drop tabs and
 * newlines anywhere in a URL and spaces or control characters at its ends
 * (https://url.spec.whatwg.org/#concept-basic-url-parser), so `java\tscript:`
 * is checked as the browser will read it. Backslashes and `//host` are refused
 * because a browser may read them as a link to another host over any scheme.
 */
export function checkUrl(value: string | null | undefined): UrlCheck {
  const url = trimC0AndSpace((value ?? '').replace(/[\t\n\r]/g, ''));
  if (url === '') return { ok: false, reason: 'empty' };
  if (url.includes('\\')) return { ok: false, reason: 'backslash' };
  if (url.startsWith('//')) return { ok: false, reason: 'protocol-relative' };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return { ok: true, url, external: false };
  if (scheme === 'https') return { ok: true, url, external: true };
  return { ok: false, reason: 'scheme', scheme };
}

/** A sentence for the warning: what was refused and what to write instead. */
export function describeUnsafeUrl(check: Extract<UrlCheck, { ok: false }>, value: string): string {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  const why =
    check.reason === 'scheme'
      ? `the "${check.scheme ?? ''}:" scheme is not allowed`
      : check.reason === 'empty'
        ? 'it is empty'
        : check.reason === 'backslash'
          ? 'it contains a backslash'
          : 'a URL starting with "//" may leave https';
  return `refused href ${shown}: ${why}. Use an https: URL or a relative URL.`;
}

/**
 * Sets query parameters on a URL without resolving it, so a relative URL
 * stays relative (and renders the same on the server and in the browser).
 * The fragment stays last.
 */
export function withQueryParameters(url: string, parameters: Record<string, string | undefined>): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  for (const [name, value] of Object.entries(parameters)) if (value) query.set(name, value);
  const search = query.toString();
  return `${path}${search ? `?${search}` : ''}${hash}`;
}
