/**
 * "What's my account number?", "what's my routing number?", "wie lautet meine IBAN?": a full
 * account number, routing number, sort code or IBAN is never spoken, since anyone in the room
 * hears it and the platform receives it. The customer hears each account's last four digits and
 * where the full details are.
 */
import { ok } from '../kit/result';
import { matchAccount } from './account-match';
import { linked } from '../pipeline/intent-handler';
import { answerAndContinue, ask, withFacts } from '../pipeline/reply-builders';
import { accountsSpeech } from './speech';

/** The accounts named, or every account that is not a credit card (whose number is a card's). */
export const accountNumberHandler = linked(async (ctx) => {
  const speech = accountsSpeech(ctx.turn.locale);
  const accounts = await ctx.deps.bank.accounts.list(ctx.session);
  if (!accounts.ok) return accounts;
  if (accounts.value.length === 0) return ok({ type: 'tell', speech: speech.noAccounts() });
  const match = matchAccount(ctx.turn.slots.account, accounts.value, ctx.turn.locale);
  if (match.kind === 'unknown') return ask(speech.noSuchAccount(match.heard, accounts.value));
  const banking = accounts.value.filter((a) => a.kind !== 'credit-card');
  const named = match.kind === 'matched' ? match.accounts : banking.length > 0 ? banking : accounts.value;
  const answer = answerAndContinue(ctx, speech.accountNumbers(named));
  return withFacts(answer, { kind: 'accounts', accounts: named.map((a) => ({ kind: a.kind, last4: a.last4 })) });
});
