/**
 * The path a request line logs. A path is chosen by whoever sends the request: a scanner can put
 * anything in it, and the linking server's own paths carry one-time ids. A path segment that
 * holds a digit, or is longer than an ordinary word, is logged as ":id", so that no account
 * number, PIN or one-time id reaches the log through a URL; routes keep their names.
 */
const LONG_SEGMENT = 24;
const MAX_LOGGED = 200;

/** The path with every segment that could carry data replaced by ":id", cut at 200 characters. */
export function loggedPath(path: string): string {
  const masked = path
    .split('/')
    .map((segment) => (/\d/.test(segment) || segment.length > LONG_SEGMENT ? ':id' : segment))
    .join('/');
  return masked.length > MAX_LOGGED ? `${masked.slice(0, MAX_LOGGED)}…` : masked;
}
