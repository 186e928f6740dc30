import { ok } from '../result';
import { linked } from './handler';
import { answerAndContinue } from './replies';

/** "What accounts do I have": kinds and last four digits, no balances. */
export const listAccountsHandler = linked(async (ctx) => {
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  if (accounts.value.length === 0) return ok({ type: 'tell', speech: ctx.speech.noAccounts() });
  return answerAndContinue(ctx, ctx.speech.accountList(accounts.value));
});
