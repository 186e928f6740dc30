/** The accounts tool: balances of every account, or of one kind. */
import * as z from '../../../fulfillment/kit/schema';
import { answerWith, moneyOut, resolved, say } from '../tool-kit';
import { READ_SCOPE } from '../access';
import { accountKind, last4, maybeMoney } from './shapes';
import { READS, tool } from './tool';

/** "What's my balance": the customer's accounts with their balances. */
export const getBalances = tool({
  name: 'get_balances',
  title: 'Account balances',
  description:
    "Returns the customer's bank accounts with their current balances: every account, or only those of one kind. Call it when the customer asks how much money they have, what is in an account, or what they owe on a credit card. " +
    'For a credit card the balance is what the customer owes. Amounts are decimal strings with a currency; they are absent when the customer turned discreet mode on, and the text says so.',
  scope: READ_SCOPE,
  input: z.object({ account: z.optional(accountKind.check(z.describe('Only accounts of this kind; leave out for all accounts.'))) }),
  output: z.object({
    accounts: z.array(
      z.object({
        kind: accountKind,
        last4,
        balance: maybeMoney('The balance; for a credit card, the amount owed'),
        available: maybeMoney('What can be spent or moved now, when it differs from the balance'),
      }),
    ),
  }),
  annotations: READS,
  async run(args, call) {
    const { reply } = await say(call, 'Balance', { account: args.account ? resolved(args.account) : undefined });
    return answerWith(reply, 'accounts', (facts) => ({
      accounts: facts.accounts.map((a) => ({
        kind: a.kind,
        last4: a.last4,
        ...(a.balance ? { balance: moneyOut(a.balance) } : {}),
        ...(a.available ? { available: moneyOut(a.available) } : {}),
      })),
    }));
  },
});
