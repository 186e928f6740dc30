/** The sentences every feature and the pipeline itself may say, as typed functions, one implementation per locale. */
import type { BankError } from '../../banks/bank-error';
import type { Locale } from '../../kit/locale';
import type { Platform } from '../../kit/platform';

/** The shared sentences of one locale. Returns plain text; the platform wrappers escape it. */
export interface CommonSpeech {
  readonly locale: Locale;
  whatNext(): string;
  anythingElse(): string;
  linkAccount(platform: Platform): string;
  /** The one place where an expected bank failure becomes words. */
  bankError(error: BankError): string;
  somethingWentWrong(): string;
  /** Leads into a question put again because the answer was not understood. */
  didNotGet(): string;
  /** Leads into an open question put again after a question answered in passing. */
  backToQuestion(): string;
}
