import { ok } from '../kit/result';
import { matchAccount } from './account-match';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue, ask } from '../pipeline/reply-builders';
import { accountsSpeech } from './speech';

/** "What's my balance", for all accounts or for a named one. */
export const balanceHandler = linked(async (ctx) => {
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  if (accounts.value.length === 0) return ok({ type: 'tell', speech: accountsSpeech(ctx.turn.locale).noAccounts() });
  const match = matchAccount(ctx.turn.slots.account, accounts.value, ctx.turn.locale);
  switch (match.kind) {
    case 'unspecified':
      return answerAndContinue(ctx, accountsSpeech(ctx.turn.locale).balances(accounts.value));
    case 'unknown':
      return ask(accountsSpeech(ctx.turn.locale).noSuchAccount(match.heard, accounts.value));
    case 'matched': {
      const [only] = match.accounts;
      const answer =
        only && match.accounts.length === 1 ? accountsSpeech(ctx.turn.locale).balance(only, 1) : accountsSpeech(ctx.turn.locale).balances(match.accounts);
      return answerAndContinue(ctx, answer);
    }
  }
});
