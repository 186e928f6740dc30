/** Reading back what was stored as JSON: parsed, then checked against its schema, never cast. */
import type * as z from './schema';

/** The stored value, or undefined when the text is not JSON or not of the schema's shape. */
export function readStored<T>(raw: string, schema: z.ZodMiniType<T>): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
