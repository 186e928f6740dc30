/**
 * The question a conversation is waiting on. Each feature that asks something adds a variant
 * here and a flow for it in flows.ts; the variant holds ids and step names, and lives only in
 * the StateStore.
 */
import { accountId, alertId, cardId, idSchema, payeeId, transactionId, type AccountId, type AlertId, type CardId, type PayeeId, type TransactionId } from '../kit/ids';
import * as z from '../kit/schema';

/** The open question. */
export type Awaiting =
  /**
   * `afterUndo`: asked right after a transfer was cancelled, where "no, the one to Bob" means Bob's
   * too. `afterCancel`: right after a cancel taken as about something else (a card lock kept),
   * where "no, the transfer" means the cancel of a transfer.
   */
  | { readonly kind: 'anything-else'; readonly afterUndo?: true; readonly afterCancel?: true }
  /**
   * "Would you like to hear more?": the account being read and the bank's cursor of the next
   * page (with the period asked about, which the bank's next page is asked for again); with no
   * account, every account's transactions in the period, the cursor being the place in that list.
   * `resumed` once it was put again after another question. With `charges`, the payments a charge
   * question found (their ids alone), the cursor being the place in that list. With `direction`,
   * only the money that went out of (or came into) the account, or every account, in that list.
   */
  | { readonly kind: 'more-transactions'; readonly accountId?: AccountId; readonly cursor: string; readonly from?: string; readonly to?: string; readonly resumed?: boolean; readonly sent?: boolean; readonly direction?: 'out' | 'in'; readonly charges?: readonly TransactionId[] }
  /** "Did you make this purchase?": the bank's opaque id of the fraud alert. */
  | { readonly kind: 'fraud-check'; readonly alertId: AlertId; /** How often it was put again after a question in passing. */ readonly passed?: number }
  /**
   * Right after a purchase was reported as fraud: the card locked for it, for "actually, that was
   * me"; `checking` once a yes there was asked whether it takes the report back.
   */
  | { readonly kind: 'fraud-reported'; readonly cardId: CardId; readonly checking?: boolean }
  /** Right after a purchase was marked genuine: the card it was made with, for "wait, that wasn't me". */
  | { readonly kind: 'fraud-genuine'; readonly cardId: CardId }
  /**
   * "Do you want me to lock these cards?": the cards' ids and whether to lock or unlock; `offered`,
   * once the question was narrowed to fewer, the cards it first named, in their order, which
   * "the first one" still counts in.
   */
  | { readonly kind: 'card-change'; readonly cardIds: readonly CardId[]; readonly lock: boolean; readonly offered?: readonly CardId[] }
  /** "Is there anything else?" right after cards were locked or unlocked, for "undo that". */
  | { readonly kind: 'card-changed'; readonly cardIds: readonly CardId[]; readonly lock: boolean }
  /** A transfer being prepared: only the opaque id of its draft in the StateStore. */
  | { readonly kind: 'transfer'; readonly draftId: string }
  /**
   * "Is there anything else?" right after a transfer: one the bank still lets the customer
   * cancel, or, with `final`, one it can no longer cancel and where the money went.
   */
  | { readonly kind: 'after-transfer'; readonly final?: FinalTransfer; readonly next?: true }
  /**
   * "Do you want me to cancel the transfer you just made?", or with `transferIds`, the ones a
   * request named by their place ("cancel the first one") and that the question named by payee.
   */
  /** `instead`: the draft of the transfer a correction meant, taken up once the cancel is done. */
  | { readonly kind: 'undo-offer'; readonly transferIds?: readonly string[]; readonly instead?: string; /** A clear yes or no was asked for after a cancel. */ readonly clearAsked?: true }
  /** "Is there anything else?" right after the payees were read out, for "pay the second one". */
  | { readonly kind: 'payees-listed'; readonly payeeIds: readonly PayeeId[] };

const FINAL_TRANSFERS = ['payee', 'account', 'card'] as const;

/** Where a transfer the bank can no longer cancel went: a payee, another own account, a credit card. */
export type FinalTransfer = (typeof FINAL_TRANSFERS)[number];

/** The kinds of open question. */
export type AwaitingKind = Awaiting['kind'];

/** An open question as it is read back from the store: every variant checked, ids branded. */
export const awaitingSchema: z.ZodMiniType<Awaiting> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anything-else'), afterUndo: z.optional(z.literal(true)), afterCancel: z.optional(z.literal(true)) }),
  z.object({
    kind: z.literal('more-transactions'),
    accountId: z.optional(idSchema(accountId)),
    cursor: z.string().check(z.maxLength(2048)),
    from: z.optional(z.string().check(z.maxLength(10))),
    to: z.optional(z.string().check(z.maxLength(10))),
    resumed: z.optional(z.boolean()),
    sent: z.optional(z.boolean()),
    direction: z.optional(z.enum(['out', 'in'])),
    charges: z.optional(z.array(idSchema(transactionId)).check(z.maxLength(30))),
  }),
  z.object({ kind: z.literal('fraud-check'), alertId: idSchema(alertId), passed: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(10))) }),
  z.object({ kind: z.literal('fraud-reported'), cardId: idSchema(cardId), checking: z.optional(z.boolean()) }),
  z.object({ kind: z.literal('fraud-genuine'), cardId: idSchema(cardId) }),
  z.object({ kind: z.literal('card-change'), cardIds: z.array(idSchema(cardId)).check(z.maxLength(20)), lock: z.boolean(), offered: z.optional(z.array(idSchema(cardId)).check(z.maxLength(20))) }),
  z.object({ kind: z.literal('card-changed'), cardIds: z.array(idSchema(cardId)).check(z.maxLength(20)), lock: z.boolean() }),
  z.object({ kind: z.literal('transfer'), draftId: z.string().check(z.minLength(1), z.maxLength(64)) }),
  z.object({ kind: z.literal('after-transfer'), final: z.optional(z.enum(FINAL_TRANSFERS)), next: z.optional(z.literal(true)) }),
  z.object({ kind: z.literal('undo-offer'), transferIds: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(128))).check(z.maxLength(10))), instead: z.optional(z.string().check(z.minLength(1), z.maxLength(64))), clearAsked: z.optional(z.literal(true)) }),
  z.object({ kind: z.literal('payees-listed'), payeeIds: z.array(idSchema(payeeId)).check(z.maxLength(50)) }),
]);
