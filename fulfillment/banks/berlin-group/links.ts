/**
 * What a call to a Berlin Group bank carries: the credentials of the customer's link, the bank's
 * OAuth token and the Consent-ID. The link itself (and the platform token that points to it)
 * lives in the skill's records; the adapter only ever sees these credentials.
 */
import type { BankCredentials } from '../bank-types';

/** The credentials of one link, as the bank's API takes them. */
export type ConsentLink = BankCredentials;
