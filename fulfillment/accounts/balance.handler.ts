import { ok } from '../kit/result';
import { accountNamed } from './account-named';
import { linked, type LinkedContext, type Outcome } from '../pipeline/intent-handler';
import { matchWords } from '../pipeline/word-match';
import { isDiscreet } from '../discreet/discreet-mode';
import { OVERDRAWN_WORDS } from './overdrawn-words';
import { answerAndContinue, ask, withFacts } from '../pipeline/reply-builders';
import type { Account } from '../banks/bank-types';
import type { Facts } from '../pipeline/facts';
import { accountsSpeech } from './speech';

/** The accounts a balance answer names, with the figures it speaks. */
function balanceFacts(accounts: readonly Account[]): Facts {
  return {
    kind: 'accounts',
    accounts: accounts.map((a) => ({
      kind: a.kind,
      last4: a.last4,
      balance: a.balance,
      ...(a.kind !== 'credit-card' && a.available && a.available.minor !== a.balance.minor ? { available: a.available } : {}),
    })),
  };
}

/**
 * After a credit card's balance, what can still be spent on it (" You have $4,387.60 of available
 * credit."): "how much can I spend on my credit card" is asked as often as what is owed. Nothing
 * where the bank gives no statement.
 */
async function creditLeft(ctx: LinkedContext, account: Account): Promise<string> {
  if (account.kind !== 'credit-card') return '';
  const statement = await ctx.deps.bank.cards?.statement(ctx.session, account.id);
  return statement?.ok ? ` ${accountsSpeech(ctx.turn.locale).availableCredit(statement.value.availableCredit)}` : '';
}

/**
 * "Am I overdrawn?", "is my checking account in the red?": yes or no first, of the accounts asked
 * about that hold money (a card's balance is owed, never overdrawn); in discreet mode nothing more.
 * Undefined when none of those accounts holds money (a credit card named), to be answered as a balance.
 */
async function overdrawnAnswer(ctx: LinkedContext, asked: readonly Account[]): Promise<Outcome | undefined> {
  const checked = asked.filter((a) => a.kind !== 'credit-card');
  if (checked.length === 0) return undefined;
  const overdrawn = checked.filter((a) => a.balance.minor < 0);
  const speech = accountsSpeech(ctx.turn.locale);
  if (await isDiscreet(ctx.deps.store, ctx.session.customer.id)) return answerAndContinue(ctx, speech.overdrawnAnswer(overdrawn, checked, true));
  return withFacts(answerAndContinue(ctx, speech.overdrawnAnswer(overdrawn, checked, false)), balanceFacts(overdrawn.length > 0 ? overdrawn : checked));
}

/** "What's my balance", for all accounts or for a named one; "am I overdrawn?", yes or no. */
export const balanceHandler = linked(async (ctx) => {
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  if (accounts.value.length === 0) return ok({ type: 'tell', speech: accountsSpeech(ctx.turn.locale).noAccounts() });
  // "The account ending in 5566", "the card ending in 5530": that account, whatever kind it is.
  const match = await accountNamed(ctx, accounts.value);
  if (match.kind !== 'unknown' && matchWords(ctx.turn.slots.overdrawn, OVERDRAWN_WORDS[ctx.turn.locale]).kind === 'matched') {
    const answered = await overdrawnAnswer(ctx, match.kind === 'matched' ? match.accounts : accounts.value);
    if (answered) return answered;
  }
  switch (match.kind) {
    case 'unspecified':
      return withFacts(answerAndContinue(ctx, accountsSpeech(ctx.turn.locale).balances(accounts.value)), balanceFacts(accounts.value));
    case 'unknown':
      return ask(accountsSpeech(ctx.turn.locale).noSuchAccount(match.heard, accounts.value));
    case 'matched': {
      const [only] = match.accounts;
      const answer =
        only && match.accounts.length === 1 ? `${accountsSpeech(ctx.turn.locale).balance(only, 1)}${await creditLeft(ctx, only)}` : accountsSpeech(ctx.turn.locale).balances(match.accounts);
      return withFacts(answerAndContinue(ctx, answer), balanceFacts(match.accounts));
    }
  }
});
