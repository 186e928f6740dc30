/** The sentences every feature and the pipeline itself may say, as typed functions, one implementation per locale. */
import type { BankError } from '../../banks/bank-error';
import type { Locale } from '../../kit/locale';
import type { Platform } from '../../kit/platform';

/** The shared sentences of one locale. Returns plain text; the platform wrappers escape it. */
export interface CommonSpeech {
  readonly locale: Locale;
  whatNext(): string;
  /** The question of whatNext alone, said at the end of an answer that has no question of its own. */
  whatNextAsked(): string;
  anythingElse(): string;
  linkAccount(platform: Platform): string;
  /** The one place where an expected bank failure becomes words. */
  bankError(error: BankError): string;
  somethingWentWrong(): string;
  /** An assistant's call named a conversation by an id of another kind of question: nothing was done. */
  answersAnotherQuestion(): string;
  /**
   * The state store did not answer. The turn may have been a confirmation the bank already
   * carried out, so it never says "try again" on its own: it sends the customer to the banking
   * app first.
   */
  storeUnavailable(): string;
  /** Leads into a question put again because the answer was not understood. */
  didNotGet(): string;
  /** "Probably" where a yes moves money or changes a card: only a clear yes does. */
  clearYes(): string;
  /** Leads into an open question put again after a question answered in passing. */
  backToQuestion(): string;
  /** Leads into an open question put again after the customer asked for a moment ("hold on", "ähm"). */
  takeYourTime(): string;
  /** "Hello?" in the middle of a question: the skill is still there, and puts it again. */
  stillHere(): string;
  /** Before a question put again because the customer said yes right after saying no to it. */
  askingAgain(): string;
  /** Leads into an open question put again after the customer said thanks ("You're welcome."). */
  youAreWelcome(): string;
  /** Leads into an open question put again after "start over": the question is where it starts. */
  startingAgain(): string;
}
