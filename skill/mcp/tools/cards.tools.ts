/** The card tools: statement figures, whether each card is locked, locking and unlocking, and the review of a fraud warning. */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from '../../../fulfillment/kit/schema';
import { answer, answerWith, factsOf, moneyOut, refusal, resolved, say, type ToolCall } from '../tool-kit';
import { READ_SCOPE } from '../access';
import { plainText } from '../model-text';
import { foreignText, isoDate, last4, maybeMoney } from './shapes';
import { READS, tool } from './tool';

const cardKind = z.enum(['debit', 'credit']).check(z.describe('A debit card (on a checking account) or a credit card.'));
const card = z.object({ kind: cardKind, last4, locked: z.boolean() });

/** "What's my statement balance", "when is my payment due". */
export const getCardDetails = tool({
  name: 'get_card_details',
  title: 'Credit card statement',
  description:
    "Returns the latest statement of the customer's credit cards: the statement balance, the minimum payment and its due date, and the available credit; or only the one figure asked for.",
  scope: READ_SCOPE,
  input: z.object({
    detail: z.optional(z.enum(['statement-balance', 'minimum-payment', 'due-date', 'available-credit']).check(z.describe('Only this figure; leave out for all of them.'))),
  }),
  output: z.object({
    statements: z.array(
      z.object({
        last4,
        dueDate: isoDate,
        statementBalance: maybeMoney('The statement balance'),
        minimumPayment: maybeMoney('The minimum payment'),
        availableCredit: maybeMoney('The credit still available'),
        creditLimit: maybeMoney('The credit limit'),
      }),
    ),
  }),
  annotations: READS,
  async run(args, call) {
    const { reply } = await say(call, 'CardDetails', { detail: args.detail ? resolved(args.detail) : undefined });
    return answerWith(reply, 'statements', (facts) => ({
      statements: facts.statements.map((s) => ({
        last4: s.last4,
        dueDate: s.dueDate,
        ...(s.statementBalance ? { statementBalance: moneyOut(s.statementBalance) } : {}),
        ...(s.minimumPayment ? { minimumPayment: moneyOut(s.minimumPayment) } : {}),
        ...(s.availableCredit ? { availableCredit: moneyOut(s.availableCredit) } : {}),
        ...(s.creditLimit ? { creditLimit: moneyOut(s.creditLimit) } : {}),
      })),
    }));
  },
});

/** "Is my card locked?" */
export const getCards = tool({
  name: 'get_cards',
  title: "The customer's cards",
  description: "Returns the customer's debit and credit cards (or the kind asked for), each with its last four digits and whether it is locked. It changes nothing.",
  scope: READ_SCOPE,
  input: z.object({ card: z.optional(cardKind.check(z.describe('Which card; leave out for every card.'))) }),
  output: z.object({ cards: z.array(card).check(z.describe('The cards, as they are now.')) }),
  annotations: READS,
  async run(args, call) {
    const { reply } = await say(call, 'CardStatus', { card: args.card ? resolved(args.card) : undefined });
    return answerWith(reply, 'card-status', (facts) => ({ cards: facts.cards.map((c) => ({ ...c })) }));
  },
});

/** Locks or unlocks: the voice dialog's question, answered yes on the customer's behalf, since asking is why the tool was called. */
async function changeCards(lock: boolean, kind: 'debit' | 'credit' | undefined, call: ToolCall): Promise<CallToolResult> {
  const asked = await say(call, lock ? 'LockCard' : 'UnlockCard', { card: kind ? resolved(kind) : undefined }, { keep: true });
  const question = factsOf(asked.reply, 'cards');
  // Nothing to change (no such card, already so) or the bank refused: the answer is the sentence.
  if (question?.stage !== 'asked') return asked.reply.type === 'end' ? refusal(asked.reply) : answerWith(asked.reply, 'cards', cardsOut);
  const done = await say(call, 'Yes', {}, { id: asked.conversation, answers: ['card-change'] });
  return answerWith(done.reply, 'cards', cardsOut);
}

const cardsOut = (facts: { cards: readonly { kind: 'debit' | 'credit'; last4: string; locked: boolean }[]; stage: string }) => ({ cards: facts.cards.map((c) => ({ ...c })), changed: facts.stage === 'done' });
const cardsOutput = z.object({
  cards: z.array(card).check(z.describe('The cards changed, as they are now.')),
  changed: z.boolean().check(z.describe('Whether anything was changed.')),
});

/** "Lock my card", "I lost my card". */
export const lockCard = tool({
  name: 'lock_card',
  title: 'Lock a card',
  description:
    "Locks the customer's debit or credit card (or all of their cards) so that no new payment goes through; they can unlock it later. Call it when the customer asks to lock, block or freeze a card, or says it is lost. " +
    'It returns the cards that were locked. It never cancels or reissues a card.',
  scope: READ_SCOPE,
  input: z.object({ card: z.optional(cardKind.check(z.describe('Which card; leave out for every card.'))) }),
  output: cardsOutput,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  run: (args, call) => changeCards(true, args.card, call),
});

/** "Unlock my card". */
export const unlockCard = tool({
  name: 'unlock_card',
  title: 'Unlock a card',
  description:
    "Unlocks a card the customer locked, so that payments go through again. Call it only when the customer asks for it themselves, after you told them which card it is. It returns the cards that were unlocked.",
  scope: READ_SCOPE,
  input: z.object({ card: z.optional(cardKind.check(z.describe('Which card; leave out for every locked card.'))) }),
  output: cardsOutput,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  run: (args, call) => changeCards(false, args.card, call),
});

const alertOut = z.object({ merchant: foreignText('Where the purchase was made'), amount: maybeMoney('The purchase'), at: z.string().check(z.describe('When, as an ISO date-time.')), card: z.optional(z.object({ kind: cardKind, last4 })) });

/** "Is there anything suspicious on my card?" */
export const checkFraudAlerts = tool({
  name: 'check_fraud_alerts',
  title: 'Check for suspicious purchases',
  description:
    "Asks the bank whether a purchase on the customer's cards is waiting for them to say whether they made it. When there is one, it returns the purchase and an `alertId`: read the question to the customer, " +
    'then call answer_fraud_alert with their answer. Never answer for the customer.',
  scope: READ_SCOPE,
  input: z.object({}),
  output: z.object({ alertId: z.optional(z.string().check(z.describe('Pass it to answer_fraud_alert.'))), alert: z.optional(alertOut) }),
  annotations: READS,
  async run(_args, call) {
    const { reply, conversation } = await say(call, 'SuspiciousActivity', {}, { keep: true });
    return answerWith(reply, 'fraud-alert', (facts) =>
      facts.stage === 'asked' && facts.alert
        ? {
            alertId: conversation,
            alert: { merchant: plainText(facts.alert.merchant), ...(facts.alert.amount ? { amount: moneyOut(facts.alert.amount) } : {}), at: facts.alert.at, ...(facts.alert.card ? { card: facts.alert.card } : {}) },
          }
        : {},
    );
  },
});

/** "Yes, that was me" or "no, it wasn't". */
export const answerFraudAlert = tool({
  name: 'answer_fraud_alert',
  title: 'Answer a fraud warning',
  description:
    "Gives the customer's own answer to the purchase check_fraud_alerts asked about. `madeByCustomer: true` marks it genuine; `false` locks the card first and reports the purchase to the bank as fraud. Only call it with the customer's explicit answer.",
  scope: READ_SCOPE,
  input: z.object({
    alertId: z.string().check(z.minLength(1), z.maxLength(64), z.describe('The alertId check_fraud_alerts returned.')),
    madeByCustomer: z.boolean().check(z.describe('What the customer said: did they make this purchase?')),
  }),
  output: z.object({ outcome: z.enum(['genuine', 'reported', 'locked-not-reported', 'reported-not-locked']) }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  async run(args, call) {
    const { reply } = await say(call, args.madeByCustomer ? 'Yes' : 'No', {}, { id: args.alertId, answers: ['fraud-check'] });
    const facts = factsOf(reply, 'fraud-alert');
    if (!facts || facts.stage === 'none' || facts.stage === 'asked') return refusal(reply);
    return answer(reply, { outcome: facts.stage });
  },
});
