/**
 * The platform-neutral answer. Speech is plain text, never markup: the wrappers escape it when
 * they build SSML, so text that came from bank data can never inject SSML.
 */
import type { Facts } from './facts';

/**
 * One of the customer's payees as the platform may learn it, so speech recognition can hear
 * the name: the display name, the parts of it that name this payee alone, and an opaque id,
 * never the bank's id or account number.
 */
export interface PayeeEntity {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
}

/**
 * Words of a reply that speak amounts, and how to say them without any: discreet mode says
 * `instead` where `said` stands, rather than dropping them whole. `history`: the words read what
 * the bank knows of the customer's money (transactions, a payment, a deposit), and `instead` says
 * only how many were found and what the customer named; the details go to the bank's app.
 */
export interface Quietly {
  readonly said: string;
  readonly instead: string;
  readonly history?: true;
}

/** What the core answers a turn, by type: each platform unit renders every type. */
export type Reply =
  /** Say something and end the conversation. */
  | { readonly type: 'tell'; readonly speech: string; readonly facts?: Facts; readonly quietly?: Quietly }
  /** Say something and listen; the reprompt is said if the customer stays silent. */
  | {
      readonly type: 'ask';
      readonly speech: string;
      readonly reprompt: string;
      /** Short answers a text channel may offer as quick replies. */
      readonly choices?: readonly string[];
      /** This customer's payee names, for the platform's per-session entities. */
      readonly payees?: readonly PayeeEntity[];
      /** What the speech said, as data, for channels that take it. */
      readonly facts?: Facts;
      /**
       * The amounts spoken are the ones the customer is asking to send (a read-back): discreet
       * mode keeps them, because confirming an amount blind is how fifteen becomes fifty.
       */
      readonly readBack?: true;
      readonly quietly?: Quietly;
    }
  /** Ask the customer to link their bank account in the platform's app. */
  | { readonly type: 'link-account'; readonly speech: string }
  /** The platform closed the session: nothing may be said. */
  | { readonly type: 'end' };
