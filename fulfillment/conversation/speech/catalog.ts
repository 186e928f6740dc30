/** The sentences of the conversation itself: greeting, help, goodbye, and answers with nothing pending. */

/** What the customer's bank lets the skill do beyond balances, so help offers only that. */
export interface BankAbilities {
  readonly transactions: boolean;
  readonly transfers: boolean;
  /** The bank takes back a transfer it still holds ("how do I cancel a transfer?" is answered). */
  readonly undo: boolean;
  readonly cards: boolean;
  readonly alerts: boolean;
}

/** The conversation's sentences in one locale. */
export interface ConversationSpeech {
  welcome(firstName: string): string;
  help(can: BankAbilities): string;
  goodbye(): string;
  fallback(): string;
  /** A yes to "anything else?" right after a cancel: the cancel stands, and what else is asked. */
  whatElseAfterUndo(): string;
  whatElse(): string;
  nothingToConfirm(): string;
  nothingToDecline(): string;
  /** "The second one" with no list read out. */
  nothingToChoose(): string;
}
