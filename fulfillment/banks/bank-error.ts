/**
 * An expected failure reported by a bank adapter. The core turns each kind into speech in one
 * place (fulfillment/speech), so adapters never write user-facing words.
 */
export type BankError =
  | { readonly kind: 'not-linked' }
  | { readonly kind: 'consent-expired' }
  /**
   * The bank could not be reached or failed. `uncertain`: a write whose request may have reached
   * the bank (a 5xx answer, a connection dropped after sending), so it may have been acted on.
   */
  | { readonly kind: 'unavailable'; readonly retryAfterSeconds?: number; readonly uncertain?: boolean }
  /**
   * No answer in time. `abandoned`: the skill stopped waiting (its deadline) while the call
   * may still be running at the bank, so a later "not found" proves nothing.
   */
  | { readonly kind: 'timeout'; readonly abandoned?: boolean }
  | { readonly kind: 'unsupported' }
  /** The customer's link may not do this (a token that may only read undoing a protection). */
  | { readonly kind: 'not-permitted' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'insufficient-funds' }
  | { readonly kind: 'rejected'; readonly reason?: string }
  | { readonly kind: 'invalid-request'; readonly reason?: string };

/** The kinds of bank failure. */
export type BankErrorKind = BankError['kind'];

/**
 * A failed write the bank may have carried out all the same: no answer in time (the bank may
 * have acted before its answer was lost), or a failure after the bank received the request.
 */
export const mayHaveActed = (e: BankError): boolean => e.kind === 'timeout' || (e.kind === 'unavailable' && e.uncertain === true);

/**
 * A failed write that may still be under way or acted on at the bank: one the skill stopped
 * waiting for while it ran (abandoned), or a failure after the bank received it. A "not found"
 * for it a moment later proves nothing.
 */
export const mayStillLand = (e: BankError): boolean => (e.kind === 'timeout' && e.abandoned === true) || (e.kind === 'unavailable' && e.uncertain === true);
