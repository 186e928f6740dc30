/**
 * What each core intent is called on each platform. `null` means the platform reaches the
 * intent through something other than an intent (Alexa's LaunchRequest, SessionEndedRequest).
 */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';

/** An intent's names on Alexa and Dialogflow. */
export interface PlatformNames {
  readonly alexa: string | null;
  readonly dialogflow: string;
}

/** The names of every intent; leaving one out does not compile. */
export const PLATFORM_NAMES: { readonly [I in IntentName]: PlatformNames } = {
  Launch: { alexa: null, dialogflow: 'Default Welcome Intent' },
  Balance: { alexa: 'BalanceIntent', dialogflow: 'Balance' },
  ListAccounts: { alexa: 'ListAccountsIntent', dialogflow: 'ListAccounts' },
  Help: { alexa: 'AMAZON.HelpIntent', dialogflow: 'Help' },
  Stop: { alexa: 'AMAZON.StopIntent', dialogflow: 'Stop' },
  Cancel: { alexa: 'AMAZON.CancelIntent', dialogflow: 'Cancel' },
  Fallback: { alexa: 'AMAZON.FallbackIntent', dialogflow: 'Default Fallback Intent' },
  Yes: { alexa: 'AMAZON.YesIntent', dialogflow: 'Yes' },
  No: { alexa: 'AMAZON.NoIntent', dialogflow: 'No' },
  SessionEnd: { alexa: null, dialogflow: 'SessionEnd' },
  RecentTransactions: { alexa: 'RecentTransactionsIntent', dialogflow: 'RecentTransactions' },
  More: { alexa: 'AMAZON.MoreIntent', dialogflow: 'More' },
  Spending: { alexa: 'SpendingIntent', dialogflow: 'Spending' },
  Income: { alexa: 'IncomeIntent', dialogflow: 'Income' },
  CardDetails: { alexa: 'CardDetailsIntent', dialogflow: 'CardDetails' },
  LockCard: { alexa: 'LockCardIntent', dialogflow: 'LockCard' },
  UnlockCard: { alexa: 'UnlockCardIntent', dialogflow: 'UnlockCard' },
  SuspiciousActivity: { alexa: 'SuspiciousActivityIntent', dialogflow: 'SuspiciousActivity' },
  DiscreetMode: { alexa: 'DiscreetModeIntent', dialogflow: 'DiscreetMode' },
  Transfer: { alexa: 'TransferIntent', dialogflow: 'Transfer' },
  TransferOwn: { alexa: 'TransferOwnIntent', dialogflow: 'TransferOwn' },
  PayCard: { alexa: 'PayCardIntent', dialogflow: 'PayCard' },
  ListPayees: { alexa: 'ListPayeesIntent', dialogflow: 'ListPayees' },
  ProvideAmount: { alexa: 'ProvideAmountIntent', dialogflow: 'ProvideAmount' },
  ProvidePayee: { alexa: 'ProvidePayeeIntent', dialogflow: 'ProvidePayee' },
  ProvideAccount: { alexa: 'ProvideAccountIntent', dialogflow: 'ProvideAccount' },
  Choose: { alexa: 'ChooseIntent', dialogflow: 'Choose' },
  Pin: { alexa: 'PinIntent', dialogflow: 'Pin' },
  Repeat: { alexa: 'AMAZON.RepeatIntent', dialogflow: 'Repeat' },
  StartOver: { alexa: 'AMAZON.StartOverIntent', dialogflow: 'StartOver' },
  CancelTransfer: { alexa: 'CancelTransferIntent', dialogflow: 'CancelTransfer' },
};

/** Alexa built-ins the skill must declare that share a core intent with another name. */
export const ALEXA_ALIASES: Readonly<Record<string, IntentName>> = {
  'AMAZON.NavigateHomeIntent': 'Stop',
};

function reverse(platform: keyof PlatformNames): ReadonlyMap<string, IntentName> {
  const map = new Map<string, IntentName>();
  for (const [intent, names] of Object.entries(PLATFORM_NAMES) as [IntentName, PlatformNames][]) {
    const name = names[platform];
    if (name) map.set(name, intent);
  }
  if (platform === 'alexa') for (const [name, intent] of Object.entries(ALEXA_ALIASES)) map.set(name, intent);
  return map;
}

/** Alexa intent name -> core intent. */
export const ALEXA_INTENTS = reverse('alexa');
/** Dialogflow intent display name -> core intent. */
export const DIALOGFLOW_INTENTS = reverse('dialogflow');
