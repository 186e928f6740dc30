/** The bank's HTTP answers that are not a success, as the core's expected failures. */
import type { BankError } from '../bank-error';
import { ErrorBody } from './wire';

const CONSENT_GONE = new Set(['CONSENT_EXPIRED', 'CONSENT_INVALID', 'CONSENT_UNKNOWN', 'TOKEN_EXPIRED', 'TOKEN_INVALID', 'TOKEN_UNKNOWN']);

function codesOf(body: string): string[] {
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(body));
    return parsed.success ? (parsed.data.tppMessages ?? []).map((m) => m.code) : [];
  } catch {
    return [];
  }
}

/** Seconds from a Retry-After header (seconds or an HTTP date), when there is one. */
export function retryAfterSeconds(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Maps a non-2xx answer (its status, body and Retry-After) to a bank error. */
export function bankErrorOf(status: number, body: string, retryAfter: number | undefined): BankError {
  const codes = codesOf(body);
  if (codes.some((c) => CONSENT_GONE.has(c)) || status === 401) return { kind: 'consent-expired' };
  if (status === 429) return retryAfter === undefined ? { kind: 'unavailable' } : { kind: 'unavailable', retryAfterSeconds: retryAfter };
  if (codes.includes('FUNDS_NOT_AVAILABLE')) return { kind: 'insufficient-funds' };
  if (status === 404 || codes.includes('RESOURCE_UNKNOWN')) return { kind: 'not-found' };
  if (status >= 500) return { kind: 'unavailable' };
  if (codes.includes('SERVICE_INVALID') || codes.includes('PRODUCT_UNKNOWN')) return { kind: 'unsupported' };
  return { kind: 'rejected', ...(codes[0] ? { reason: codes[0] } : {}) };
}
