/**
 * What an Alexa request says about itself that the skill checks on every entry point, signed
 * or not: a timestamp within 150 seconds of now either way, and an allowed skill id.
 */

/** How far a request's timestamp may be from now, either way. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;

/** Why a request's claims were refused. */
export type ClaimsProblem = 'timestamp' | 'skill id';

type Claims = {
  request?: { timestamp?: unknown };
  context?: { System?: { application?: { applicationId?: unknown } } };
  session?: { application?: { applicationId?: unknown } };
} | null;

/** The problem with a parsed request's timestamp or skill id, or undefined when both pass. */
export function claimsProblem(body: unknown, allowed: ReadonlySet<string>, now: number): ClaimsProblem | undefined {
  const b = (typeof body === 'object' ? body : null) as Claims;
  const timestamp = b?.request?.timestamp;
  const at = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  if (!Number.isFinite(at) || Math.abs(now - at) > TIMESTAMP_TOLERANCE_MS) return 'timestamp';
  const skillId = b?.context?.System?.application?.applicationId ?? b?.session?.application?.applicationId;
  if (typeof skillId !== 'string' || !allowed.has(skillId)) return 'skill id';
  return undefined;
}
