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
  AccountNumber: { alexa: 'AccountNumberIntent', dialogflow: 'AccountNumber' },
  Help: { alexa: 'AMAZON.HelpIntent', dialogflow: 'Help' },
  Stop: { alexa: 'AMAZON.StopIntent', dialogflow: 'Stop' },
  Thanks: { alexa: 'ThanksIntent', dialogflow: 'Thanks' },
  Cancel: { alexa: 'AMAZON.CancelIntent', dialogflow: 'Cancel' },
  Fallback: { alexa: 'AMAZON.FallbackIntent', dialogflow: 'Default Fallback Intent' },
  Yes: { alexa: 'AMAZON.YesIntent', dialogflow: 'Yes' },
  Okay: { alexa: 'OkayIntent', dialogflow: 'Okay' },
  ProbablyYes: { alexa: 'ProbablyYesIntent', dialogflow: 'ProbablyYes' },
  Later: { alexa: 'LaterIntent', dialogflow: 'Later' },
  Intended: { alexa: 'IntendedIntent', dialogflow: 'Intended' },
  Wrong: { alexa: 'WrongIntent', dialogflow: 'Wrong' },
  CantRemember: { alexa: 'CantRememberIntent', dialogflow: 'CantRemember' },
  No: { alexa: 'AMAZON.NoIntent', dialogflow: 'No' },
  SessionEnd: { alexa: null, dialogflow: 'SessionEnd' },
  RecentTransactions: { alexa: 'RecentTransactionsIntent', dialogflow: 'RecentTransactions' },
  More: { alexa: 'AMAZON.MoreIntent', dialogflow: 'More' },
  Spending: { alexa: 'SpendingIntent', dialogflow: 'Spending' },
  Income: { alexa: 'IncomeIntent', dialogflow: 'Income' },
  FollowUp: { alexa: 'FollowUpIntent', dialogflow: 'FollowUp' },
  CardDetails: { alexa: 'CardDetailsIntent', dialogflow: 'CardDetails' },
  LockCard: { alexa: 'LockCardIntent', dialogflow: 'LockCard' },
  UnlockCard: { alexa: 'UnlockCardIntent', dialogflow: 'UnlockCard' },
  CardStatus: { alexa: 'CardStatusIntent', dialogflow: 'CardStatus' },
  SuspiciousActivity: { alexa: 'SuspiciousActivityIntent', dialogflow: 'SuspiciousActivity' },
  FindCharge: { alexa: 'FindChargeIntent', dialogflow: 'FindCharge' },
  DiscreetMode: { alexa: 'DiscreetModeIntent', dialogflow: 'DiscreetMode' },
  DiscreetModeOn: { alexa: 'DiscreetModeOnIntent', dialogflow: 'DiscreetModeOn' },
  DiscreetModeOff: { alexa: 'DiscreetModeOffIntent', dialogflow: 'DiscreetModeOff' },
  DiscreetModeStatus: { alexa: 'DiscreetModeStatusIntent', dialogflow: 'DiscreetModeStatus' },
  Transfer: { alexa: 'TransferIntent', dialogflow: 'Transfer' },
  TransferOwn: { alexa: 'TransferOwnIntent', dialogflow: 'TransferOwn' },
  PayCard: { alexa: 'PayCardIntent', dialogflow: 'PayCard' },
  ListPayees: { alexa: 'ListPayeesIntent', dialogflow: 'ListPayees' },
  TransferLimits: { alexa: 'TransferLimitsIntent', dialogflow: 'TransferLimits' },
  TransferStatus: { alexa: 'TransferStatusIntent', dialogflow: 'TransferStatus' },
  ProvideAmount: { alexa: 'ProvideAmountIntent', dialogflow: 'ProvideAmount' },
  ProvidePayee: { alexa: 'ProvidePayeeIntent', dialogflow: 'ProvidePayee' },
  ProvideAccount: { alexa: 'ProvideAccountIntent', dialogflow: 'ProvideAccount' },
  Choose: { alexa: 'ChooseIntent', dialogflow: 'Choose' },
  Pin: { alexa: 'PinIntent', dialogflow: 'Pin' },
  ForgotPin: { alexa: 'ForgotPinIntent', dialogflow: 'ForgotPin' },
  Repeat: { alexa: 'AMAZON.RepeatIntent', dialogflow: 'Repeat' },
  Wait: { alexa: 'WaitIntent', dialogflow: 'Wait' },
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

/**
 * Dialogflow CX raises events where ES had intents: nothing matched (no-match) and nothing
 * heard (no-input, answered as "repeat"). Its flow hands both to the webhook with the event as
 * the fulfillment tag.
 */
export const DIALOGFLOW_CX_EVENTS = { 'sys.no-match-default': 'Fallback', 'sys.no-input-default': 'Repeat' } as const satisfies Record<string, IntentName>;

/** Intents a CX agent has no route for: the fallback is the no-match event, and a session ends without an intent. */
const NOT_ON_CX: ReadonlySet<IntentName> = new Set(['Fallback', 'SessionEnd']);

/** The CX intent of a core intent, by the ES display name, when CX routes one. */
export function dialogflowCxName(intent: IntentName): string | undefined {
  return NOT_ON_CX.has(intent) ? undefined : PLATFORM_NAMES[intent].dialogflow;
}

/** Dialogflow CX fulfillment tag (an intent's display name, or an event) -> core intent. */
export const DIALOGFLOW_CX_INTENTS: ReadonlyMap<string, IntentName> = new Map<string, IntentName>([
  ...(Object.keys(PLATFORM_NAMES) as IntentName[]).flatMap((intent): [string, IntentName][] => {
    const name = dialogflowCxName(intent);
    return name ? [[name, intent]] : [];
  }),
  ...(Object.entries(DIALOGFLOW_CX_EVENTS) as [string, IntentName][]),
]);
