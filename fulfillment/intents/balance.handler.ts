import { ok } from '../result';
import { matchAccount } from './account-match';
import { linked } from './handler';
import { answerAndContinue, ask } from './replies';

/** "What's my balance", for all accounts or for a named one. */
export const balanceHandler = linked(async (ctx) => {
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  if (accounts.value.length === 0) return ok({ type: 'tell', speech: ctx.speech.noAccounts() });
  const match = matchAccount(ctx.turn.slots.account, accounts.value, ctx.turn.locale);
  switch (match.kind) {
    case 'unspecified':
      return answerAndContinue(ctx, ctx.speech.balances(accounts.value));
    case 'unknown':
      return ask(ctx.speech.noSuchAccount(match.heard, accounts.value));
    case 'matched': {
      const [only] = match.accounts;
      const answer =
        only && match.accounts.length === 1 ? ctx.speech.balance(only, 1) : ctx.speech.balances(match.accounts);
      return answerAndContinue(ctx, answer);
    }
  }
});
