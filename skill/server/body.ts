/** Parsing JSON request bodies: syntax and nesting problems become clean 4xx answers. */
/** The deepest nesting of objects and arrays a request may have. */
export const MAX_JSON_DEPTH = 32;

/** How deep a parsed JSON value nests, counted without recursion. */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
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
