/** Every word the linking pages show, per locale (en-US, en-GB, de-DE). */
import type { Locale } from '../../../fulfillment/kit/locale';

/** The words of the linking pages. */
export interface PageText {
  readonly title: string;
  readonly intro: (client: string) => string;
  readonly userName: string;
  readonly password: string;
  readonly signIn: string;
  readonly cancel: string;
  readonly wrongLogin: string;
  readonly demoHint: string;
  readonly psuId: string;
  readonly firstName: string;
  readonly firstNameHint: string;
  readonly bankIntro: (days: number) => string;
  readonly bankAccess: readonly string[];
  readonly toBank: string;
  readonly continueToBank: string;
  readonly bankRefused: string;
  readonly bankDown: string;
  readonly missingField: string;
  readonly pinTitle: string;
  readonly pinIntro: string;
  readonly pin: string;
  readonly pinAgain: string;
  readonly pinHint: string;
  readonly keepPin: string;
  readonly setPin: string;
  readonly pinInvalid: string;
  readonly pinMismatch: string;
  readonly expired: string;
  readonly problem: string;
}

const en = (authorise: string, cancelled: string): PageText => ({
  title: 'Link your bank account',
  intro: (client) => `${client} asks to use your bank account: your balances, transactions and payees, and transfers you confirm by voice.`,
  userName: 'User name',
  password: 'Password',
  signIn: 'Sign in and continue',
  cancel: 'Cancel',
  wrongLogin: 'The user name or password is not right. Please try again.',
  demoHint: 'Sandbox bank: sign in as alex, jordan, oliver or lena, password sandbox.',
  psuId: 'Your online banking user ID',
  firstName: 'Your first name',
  firstNameHint: 'The skill greets you with it.',
  bankIntro: (days) => `Your bank will ask you to ${authorise} access for ${days} days to:`,
  bankAccess: ['your accounts and balances', 'your transactions', 'the payees you trust'],
  toBank: 'Next, your bank',
  continueToBank: 'Continue to your bank',
  bankRefused: `Your bank did not give access (the request was ${cancelled} or refused). You can try again.`,
  bankDown: "Your bank isn't answering right now. Please try again in a little while.",
  missingField: 'Please fill in every field.',
  pinTitle: 'Your voice PIN',
  pinIntro: 'Before a transfer, the skill asks for your voice PIN. Anyone near the speaker hears it: say it only when you are alone.',
  pin: 'New voice PIN',
  pinAgain: 'The same PIN again',
  pinHint: '4 digits.',
  keepPin: 'Keep my current PIN',
  setPin: 'Save the PIN and finish',
  pinInvalid: 'A voice PIN is 4 digits.',
  pinMismatch: 'The two PINs are not the same. Please try again.',
  expired: 'This page has expired. Please start linking again from the app.',
  problem: 'Something went wrong. Please start linking again from the app.',
});

const TEXT: Readonly<Record<Locale, PageText>> = {
  'en-US': en('authorize', 'canceled'),
  'en-GB': en('authorise', 'cancelled'),
  'de-DE': {
    title: 'Bankkonto verknüpfen',
    intro: (client) => `${client} möchte dein Bankkonto nutzen: Kontostände, Umsätze und Empfänger, und Überweisungen, die du per Sprache bestätigst.`,
    userName: 'Benutzername',
    password: 'Passwort',
    signIn: 'Anmelden und weiter',
    cancel: 'Abbrechen',
    wrongLogin: 'Benutzername oder Passwort stimmen nicht. Bitte versuch es noch einmal.',
    demoHint: 'Sandbox-Bank: melde dich als alex, jordan, oliver oder lena an, Passwort sandbox.',
    psuId: 'Deine Online-Banking-Kennung',
    firstName: 'Dein Vorname',
    firstNameHint: 'Damit begrüßt dich der Skill.',
    bankIntro: (days) => `Deine Bank bittet dich, für ${days} Tage den Zugriff zu erlauben auf:`,
    bankAccess: ['deine Konten und Kontostände', 'deine Umsätze', 'deine vertrauenswürdigen Empfänger'],
    toBank: 'Weiter bei deiner Bank',
    continueToBank: 'Weiter zu deiner Bank',
    bankRefused: 'Deine Bank hat den Zugriff nicht erlaubt (abgebrochen oder abgelehnt). Du kannst es noch einmal versuchen.',
    bankDown: 'Deine Bank antwortet gerade nicht. Bitte versuch es gleich noch einmal.',
    missingField: 'Bitte füll alle Felder aus.',
    pinTitle: 'Deine Sprach-PIN',
    pinIntro: 'Vor einer Überweisung fragt der Skill nach deiner Sprach-PIN. Wer in der Nähe ist, hört sie: sag sie nur, wenn du allein bist.',
    pin: 'Neue Sprach-PIN',
    pinAgain: 'Dieselbe PIN noch einmal',
    pinHint: '4 Ziffern.',
    keepPin: 'Meine bisherige PIN behalten',
    setPin: 'PIN speichern und fertig',
    pinInvalid: 'Eine Sprach-PIN hat 4 Ziffern.',
    pinMismatch: 'Die beiden PINs sind nicht gleich. Bitte versuch es noch einmal.',
    expired: 'Diese Seite ist abgelaufen. Bitte starte die Verknüpfung noch einmal in der App.',
    problem: 'Etwas ist schiefgegangen. Bitte starte die Verknüpfung noch einmal in der App.',
  },
};

/** The words for a locale. */
export const pageText = (locale: Locale): PageText => TEXT[locale];
