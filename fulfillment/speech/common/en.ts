import type { BankError } from '../../banks/bank-error';
import type { Locale } from '../../kit/locale';
import type { CommonSpeech } from './catalog';

/** The shared sentences in English; American and British English say them alike. */
export function englishCommon(locale: Extract<Locale, `en-${string}`>): CommonSpeech {
  return {
    locale,
    whatNext: () => 'What would you like to do? You can ask for your balance, or hear your accounts.',
    whatNextAsked: () => 'What would you like to do?',
    anythingElse: () => 'Is there anything else?',
    linkAccount: (platform) =>
      platform === 'alexa'
        ? 'To do that, please link your bank account first. I sent a card to the Alexa app to help you do that.'
        : 'To do that, please link your bank account first, using the sign-in link in this app.',
    bankError: (e: BankError) => {
      switch (e.kind) {
        case 'not-linked':
          return 'Your bank account is not linked yet. Please link it in the app, then try again.';
        case 'consent-expired':
          return 'Your bank needs you to link your account again. Please do that in the app, then try again.';
        case 'unavailable':
        case 'timeout':
          return "Your bank isn't responding right now. Please try again in a little while.";
        case 'unsupported':
          return "I can't do that with this bank yet.";
        case 'not-permitted':
          return "The access you've given me here lets me read your accounts and protect your cards, but not that. Please do it in your bank's app.";
        case 'not-found':
          return "I couldn't find that at your bank.";
        case 'insufficient-funds':
          return "There isn't enough money in that account.";
        case 'rejected':
          return 'Your bank declined that request.';
        case 'invalid-request':
          return "Your bank couldn't accept that request.";
      }
    },
    somethingWentWrong: () => 'Sorry, something went wrong on my side. Please try again.',
    answersAnotherQuestion: () => "That id belongs to a different question, so I haven't done anything with it.",
    storeUnavailable: () => "Sorry, I'm having trouble on my side right now. If you just confirmed a transfer, please check your banking app before you ask again.",
    didNotGet: () => "Sorry, I didn't get that.",
    clearYes: () => 'I need a clear yes or no for this.',
    backToQuestion: () => 'Now, back to my question.',
    takeYourTime: () => 'Take your time.',
    stillHere: () => "I'm still here.",
    askingAgain: () => "Okay, let me ask again.",
    youAreWelcome: () => "You're welcome.",
    startingAgain: () => "Okay, let's start again from this question.",
  };
}
