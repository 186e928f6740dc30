import type { Locale } from '../../kit/locale';
import { joinAnd } from '../../speech/lists';
import type { ConversationSpeech } from './catalog';

/** The conversation's sentences in English; American and British English say them alike. */
export function englishConversation(locale: Extract<Locale, `en-${string}`>): ConversationSpeech {
  return {
    welcome: (firstName) =>
      `Welcome back, ${firstName}. You can ask for your balance, or hear your accounts. What would you like to do?`,
    help: (can) => {
      const more = [
        can.transactions ? 'read your recent transactions and tell you what you spent or earned' : '',
        can.transfers ? 'send money to your payees or between your accounts' : '',
        can.cards ? 'tell you about your credit card, and lock or unlock a card' : '',
        can.alerts ? 'check for suspicious activity' : '',
      ].filter(Boolean);
      const also = more.length > 0 ? ` I can also ${joinAnd(more, locale)}.` : '';
      const undo = can.undo ? ' To take back a transfer you have just made, say cancel that transfer.' : '';
      return `I can tell you the balance of all your accounts or of one of them, like your savings, and I can list your accounts.${also}${undo} Say turn on discreet mode and I won't say amounts aloud. What would you like to do?`;
    },
    goodbye: () => 'Goodbye.',
    fallback: () => "Sorry, I didn't catch that. You can ask for your balance, or say help to hear what I can do.",
    whatElseAfterUndo: () => "Okay. The transfer I cancelled stays cancelled. What else would you like to do?",
    whatElse: () => 'Sure. What else would you like to do?',
    nothingToConfirm: () => "There's nothing waiting for a yes right now, and no transfer is waiting to be sent. You can ask for your balance, or say help.",
    nothingToDecline: () => "Okay. There's nothing pending. What would you like to do?",
    nothingToChoose: () => "There's nothing to choose from right now. You can ask for your balance, or say help.",
  };
}
