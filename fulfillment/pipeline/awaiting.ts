/**
 * The question a conversation is waiting on. Each feature that asks something adds a variant
 * here and a flow for it in flows.ts; the variant holds ids and step names, and lives only in
 * the StateStore.
 */
import type { AccountId, AlertId, CardId } from '../kit/ids';

/** The open question. */
export type Awaiting =
  | { readonly kind: 'anything-else' }
  /** "Would you like to hear more?": the account being read and the bank's cursor of the next page. */
  | { readonly kind: 'more-transactions'; readonly accountId: AccountId; readonly cursor: string }
  /** "Did you make this purchase?": the bank's opaque id of the fraud alert. */
  | { readonly kind: 'fraud-check'; readonly alertId: AlertId }
  /** "Do you want me to lock these cards?": the cards' ids and whether to lock or unlock. */
  | { readonly kind: 'card-change'; readonly cardIds: readonly CardId[]; readonly lock: boolean }
  /** A transfer being prepared: only the opaque id of its draft in the StateStore. */
  | { readonly kind: 'transfer'; readonly draftId: string };

/** The kinds of open question. */
export type AwaitingKind = Awaiting['kind'];
