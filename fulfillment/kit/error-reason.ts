/** What an error says of itself, without its stack, for a message an operator reads. */

/** Its code ("ENOENT", "ECONNREFUSED"), else its message; undefined when it has neither. */
export function errorReason(error: unknown): string | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') return code;
  return typeof message === 'string' ? message : undefined;
}
