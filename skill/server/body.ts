/** Parsing JSON request bodies: syntax and nesting problems become clean 4xx answers. */
/** The deepest nesting of objects and arrays a request may have. */
export const MAX_JSON_DEPTH = 32;

/** How deep a parsed JSON value nests, counted without recursion (and without copying keys). */
export function jsonDepth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 0;
  const nodes: object[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as Record<string, unknown>;
    const depth = depths.pop() as number;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const key in node) {
      const child = node[key];
      if (typeof child === 'object' && child !== null) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}

/** Parses the raw body as JSON no deeper than MAX_JSON_DEPTH, or says why not. */
export function parseJson(body: unknown): { ok: true; value: unknown } | { ok: false; reason: 'syntax' | 'depth' } {
  if (!Buffer.isBuffer(body) || body.length === 0) return { ok: false, reason: 'syntax' };
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  return jsonDepth(value) > MAX_JSON_DEPTH ? { ok: false, reason: 'depth' } : { ok: true, value };
}
