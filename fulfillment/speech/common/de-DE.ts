import type { BankError } from '../../banks/bank-error';
import type { CommonSpeech } from './catalog';

/** The shared sentences in German, with the informal "du" that voice assistants use in German. */
export const deDECommon: CommonSpeech = {
  locale: 'de-DE',
  whatNext: () => 'Was möchtest du tun? Du kannst nach deinem Kontostand fragen oder dir deine Konten anhören.',
  whatNextAsked: () => 'Was möchtest du tun?',
  anythingElse: () => 'Kann ich sonst noch etwas für dich tun?',
  linkAccount: (platform) =>
    platform === 'alexa'
      ? 'Dafür verknüpfe bitte zuerst dein Bankkonto. Ich habe dir dazu eine Karte in der Alexa App geschickt.'
      : 'Dafür verknüpfe bitte zuerst dein Bankkonto über den Anmeldelink in dieser App.',
  bankError: (e: BankError) => {
    switch (e.kind) {
      case 'not-linked':
        return 'Dein Bankkonto ist noch nicht verknüpft. Bitte verknüpfe es in der App und versuche es dann noch einmal.';
      case 'consent-expired':
        return 'Deine Bank möchte, dass du dein Konto neu verknüpfst. Bitte tu das in der App und versuche es dann noch einmal.';
      case 'unavailable':
      case 'timeout':
        return 'Deine Bank antwortet gerade nicht. Bitte versuche es gleich noch einmal.';
      case 'unsupported':
        return 'Das kann ich mit dieser Bank noch nicht.';
      case 'not-permitted':
        return 'Mit dem Zugriff, den du mir hier gegeben hast, kann ich deine Konten lesen und deine Karten schützen, aber das nicht. Bitte mach das in der App deiner Bank.';
      case 'not-found':
        return 'Das habe ich bei deiner Bank nicht gefunden.';
      case 'insufficient-funds':
        return 'Auf diesem Konto ist nicht genug Geld.';
      case 'rejected':
        return 'Deine Bank hat den Auftrag abgelehnt.';
      case 'invalid-request':
        return 'Deine Bank konnte den Auftrag nicht annehmen.';
    }
  },
  somethingWentWrong: () => 'Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuche es noch einmal.',
  answersAnotherQuestion: () => 'Diese ID gehört zu einer anderen Frage, darum habe ich damit nichts gemacht.',
  storeUnavailable: () => 'Entschuldigung, bei mir gibt es gerade ein Problem. Falls du eben eine Überweisung bestätigt hast, sieh bitte zuerst in deiner Banking-App nach, bevor du es noch einmal versuchst.',
  didNotGet: () => 'Entschuldigung, das habe ich nicht verstanden.',
  clearYes: () => 'Dafür brauche ich ein klares Ja oder Nein.',
  backToQuestion: () => 'Jetzt zurück zu meiner Frage.',
  takeYourTime: () => 'Lass dir ruhig Zeit.',
  stillHere: () => 'Ich bin noch da.',
  askingAgain: () => 'Okay, dann frage ich noch einmal.',
  youAreWelcome: () => 'Gern geschehen.',
  startingAgain: () => 'Okay, wir fangen bei dieser Frage noch einmal an.',
};
