/**
 * The bank as a token without the transfer scope sees it: every capability but the ones that
 * move money (transfers, their approval), so the core answers "I can't do that" before asking
 * anything, as it does for a bank that lacks them. Such a token may still protect the customer
 * (lock a card, report a purchase as fraud), never undo a protection: unlocking a card or marking
 * a flagged purchase genuine is `not-permitted`, since a token that may only read (an assistant's,
 * say) could otherwise reopen a card reported stolen.
 */
import type { AlertsCapability, BankAdapter, CardsCapability } from '../banks/bank-adapter';
import { err } from '../kit/result';
import type { HandlerContext, Outcome } from './intent-handler';
import { answerAndContinue } from './reply-builders';

const NOT_PERMITTED = { kind: 'not-permitted' } as const;

function lockOnly(cards: CardsCapability): CardsCapability {
  return {
    list: (session) => cards.list(session),
    statement: (session, accountId) => cards.statement(session, accountId),
    setLocked: async (session, cardId, locked) => (locked ? cards.setLocked(session, cardId, true) : err(NOT_PERMITTED)),
  };
}

function reportOnly(alerts: AlertsCapability): AlertsCapability {
  return {
    list: (session) => alerts.list(session),
    resolve: async (session, alertId, verdict) => (verdict === 'fraud' ? alerts.resolve(session, alertId, 'fraud') : err(NOT_PERMITTED)),
  };
}

/** The adapter without its money-moving capabilities, and with protections that can only be added. */
export function withoutMoneyMovement(bank: BankAdapter): BankAdapter {
  const { accounts, transactions, payees, cards, alerts, messages } = bank;
  return {
    name: bank.name,
    identify: (link) => bank.identify(link),
    accounts,
    ...(transactions ? { transactions } : {}),
    ...(payees ? { payees } : {}),
    ...(cards ? { cards: lockOnly(cards) } : {}),
    ...(alerts ? { alerts: reportOnly(alerts) } : {}),
    ...(messages ? { messages } : {}),
    protectiveOnly: true,
  };
}

/**
 * The answer to a request to unlock a card on a link that may only read, before anything is
 * asked ("unlock my card", "undo that" after a lock); undefined where the link may unlock.
 */
export function unlockRefused(ctx: HandlerContext): Outcome | undefined {
  return ctx.deps.bank.protectiveOnly ? answerAndContinue(ctx, ctx.speech.bankError(NOT_PERMITTED)) : undefined;
}
