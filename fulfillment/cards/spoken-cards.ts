/** The customer's cards with the kind each is spoken as: debit on a checking account, else credit. */
import type { BankError } from '../banks/bank-error';
import type { Card } from '../banks/bank-types';
import type { LinkedContext } from '../pipeline/intent-handler';
import { err, ok, type Result } from '../kit/result';
import type { SpokenCard } from './speech/catalog';
import type { CardFact } from '../pipeline/facts';

/** A card and how it is spoken. */
export interface KnownCard {
  readonly card: Card;
  readonly spoken: SpokenCard;
}

/** Lists the customer's cards; `unsupported` when the bank offers no cards. */
export async function knownCards(ctx: LinkedContext): Promise<Result<KnownCard[], BankError>> {
  const cards = ctx.deps.bank.cards;
  if (!cards) return err({ kind: 'unsupported' });
  const [listed, accounts] = await Promise.all([cards.list(ctx.session), ctx.deps.bank.accounts.list(ctx.session)]);
  if (!listed.ok) return listed;
  if (!accounts.ok) return accounts;
  return ok(
    listed.value.map((card) => {
      const kind = accounts.value.find((a) => a.id === card.accountId)?.kind === 'credit-card' ? 'credit' : 'debit';
      return { card, spoken: { kind, last4: card.last4 } };
    }),
  );
}

/** A card as facts name it: its kind, last four digits and whether it is locked. */
export const cardFact = ({ card, spoken }: KnownCard): CardFact => ({ kind: spoken.kind, last4: spoken.last4, locked: card.locked });
