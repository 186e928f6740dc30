import { ok } from '../kit/result';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue } from '../pipeline/reply-builders';
import { accountsSpeech } from './speech';

/** "What accounts do I have": kinds and last four digits, no balances. */
export const listAccountsHandler = linked(async (ctx) => {
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  if (accounts.value.length === 0) return ok({ type: 'tell', speech: accountsSpeech(ctx.turn.locale).noAccounts() });
  return answerAndContinue(ctx, accountsSpeech(ctx.turn.locale).accountList(accounts.value));
});
