/**
 * The account a question names: by the last digits said ("the account ending in 8765", "the card
 * ending in 5530", "die Karte mit der Endung 7788") before the kind of account ("savings", "my
 * card"). Digits of a card name the account the card draws on, so the debit card's spending is
 * the checking account's and never the credit card's, which "card" alone would name.
 */
import type { Account } from '../banks/bank-types';
import type { LinkedContext } from '../pipeline/intent-handler';
import { endingIn } from '../pipeline/ending-in';
import { matchAccount, type AccountMatch } from './account-match';

/** The accounts the turn names by digits or by kind; digits that fit no account or card name none. */
export async function accountNamed(ctx: LinkedContext, accounts: readonly Account[]): Promise<AccountMatch> {
  const digits = ctx.turn.slots.last4;
  const byAccount = endingIn(digits, accounts.map((a) => a.last4));
  if (byAccount === undefined) return matchAccount(ctx.turn.slots.account, accounts, ctx.turn.locale);
  const account = typeof byAccount === 'number' ? accounts[byAccount] : await accountOfCard(ctx, accounts);
  return account ? { kind: 'matched', accountKind: account.kind, accounts: [account] } : { kind: 'unknown', heard: '' };
}

/** The account of the one card whose last digits were said, if any. */
async function accountOfCard(ctx: LinkedContext, accounts: readonly Account[]): Promise<Account | undefined> {
  const cards = await ctx.deps.bank.cards?.list(ctx.session);
  if (!cards?.ok) return undefined;
  const index = endingIn(ctx.turn.slots.last4, cards.value.map((c) => c.last4));
  const card = typeof index === 'number' ? cards.value[index] : undefined;
  return card ? accounts.find((a) => a.id === card.accountId) : undefined;
}
