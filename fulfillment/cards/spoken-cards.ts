/** The customer's cards with the kind each is spoken as: debit on a checking account, else credit. */
import type { BankError } from '../banks/bank-error';
import { endingIn } from '../pipeline/ending-in';
import type { Card } from '../banks/bank-types';
import type { LinkedContext } from '../pipeline/intent-handler';
import { err, ok, type Result } from '../kit/result';
import type { SpokenCard } from './speech/catalog';
import type { CardFact } from '../pipeline/facts';
import { matchWords } from '../pipeline/word-match';
import { CARD_KIND_WORDS, namesAllCards } from './card-words';

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

/**
 * The cards a turn's `card` slot (or `last4`, the digits a card ends in) names: every card when it names none or all ("my cards"), and
 * 'unknown' for words that name no kind of card.
 */
export function cardsNamed(ctx: LinkedContext, cards: readonly KnownCard[]): readonly KnownCard[] | 'unknown' {
  // "The card ending in 7788": that card alone, or none when no card ends so.
  const byDigits = endingIn(ctx.turn.slots.last4, cards.map((c) => c.spoken.last4));
  if (byDigits !== undefined) return typeof byDigits === 'number' ? cards.slice(byDigits, byDigits + 1) : [];
  const said = namesAllCards(ctx.turn.slots.card?.value, ctx.turn.locale) ? undefined : ctx.turn.slots.card;
  const kind = matchWords(said, CARD_KIND_WORDS[ctx.turn.locale]);
  if (kind.kind === 'unknown') return 'unknown';
  return kind.kind === 'matched' ? cards.filter((c) => c.spoken.kind === kind.id) : cards;
}

/** A card as facts name it: its kind, last four digits and whether it is locked. */
export const cardFact = ({ card, spoken }: KnownCard): CardFact => ({ kind: spoken.kind, last4: spoken.last4, locked: card.locked });
