/**
 * Checks Alexa's SignatureCertChainUrl before anything is fetched. Stricter than Amazon's
 * minimum: the URL is checked as written and as normalised, and anything a normaliser could
 * reinterpret (dot segments, encoded slashes or dots, backslashes, userinfo, a query or a
 * fragment) is refused outright.
 */

/** Why a certificate URL was refused, for the security log. */
export type CertUrlProblem = 'not-a-url' | 'protocol' | 'host' | 'port' | 'path' | 'ambiguous';

/** A certificate URL's verdict: the normalised URL, or why it was refused. */
export type CertUrlCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly problem: CertUrlProblem };

const AMBIGUOUS = /%2f|%5c|%2e|\\|\/\.{1,2}(\/|$)|\s/i;
const CONTROL = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** Checks a SignatureCertChainUrl as Amazon's certification tests expect, and more strictly. */
export function checkCertUrl(raw: string): CertUrlCheck {
  if (raw.length === 0 || raw.length > 2048) return { ok: false, problem: 'not-a-url' };
  if (AMBIGUOUS.test(raw) || CONTROL(raw)) return { ok: false, problem: 'ambiguous' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'protocol' };
  if (url.username || url.password || url.search || url.hash || raw.includes('?') || raw.includes('#') || raw.includes('@')) {
    return { ok: false, problem: 'ambiguous' };
  }
  if (url.hostname !== 's3.amazonaws.com') return { ok: false, problem: 'host' };
  if (url.port !== '' && url.port !== '443') return { ok: false, problem: 'port' };
  // The path is case-sensitive ("/ECHO.API/" is refused); URL parsing has already resolved
  // nothing, since dot segments were refused above.
  if (!url.pathname.startsWith('/echo.api/') || url.pathname.length <= '/echo.api/'.length) return { ok: false, problem: 'path' };
  return { ok: true, url: `https://s3.amazonaws.com${url.pathname}` };
}
