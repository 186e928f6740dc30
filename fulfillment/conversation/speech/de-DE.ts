import { joinAnd } from '../../speech/lists';
import type { ConversationSpeech } from './catalog';

/** The conversation's sentences in German, with the informal "du". */
export const deDEConversation: ConversationSpeech = {
  welcome: (firstName) =>
    `Willkommen zurück, ${firstName}. Du kannst nach deinem Kontostand fragen oder dir deine Konten anhören. Was möchtest du tun?`,
  help: (can) => {
    const more = [
      can.transactions ? 'dir deine letzten Umsätze vorlesen und sagen, was du ausgegeben oder eingenommen hast' : '',
      can.transfers ? 'Geld an deine Empfänger oder zwischen deinen Konten überweisen' : '',
      can.cards ? 'dir deine Kreditkartenabrechnung nennen und eine Karte sperren oder entsperren' : '',
      can.alerts ? 'nach verdächtigen Umsätzen sehen' : '',
    ].filter(Boolean);
    const also = more.length > 0 ? ` Außerdem kann ich ${joinAnd(more, 'de-DE')}.` : '';
    const undo = can.undo ? ' Eine gerade gemachte Überweisung nimmst du mit „Überweisung stornieren“ zurück.' : '';
    return `Ich kann dir den Kontostand aller deiner Konten oder eines einzelnen nennen, zum Beispiel deines Sparkontos, und dir deine Konten aufzählen.${also}${undo} Sag „diskreten Modus an“, dann nenne ich keine Beträge laut. Was möchtest du tun?`;
  },
  goodbye: () => 'Auf Wiederhören.',
  fallback: () => 'Entschuldigung, das habe ich nicht verstanden. Du kannst nach deinem Kontostand fragen oder Hilfe sagen.',
  whatElseAfterUndo: () => 'Okay. Die stornierte Überweisung bleibt storniert. Was möchtest du noch tun?',
  whatElse: () => 'Gern. Was möchtest du noch tun?',
  nothingToConfirm: () => 'Gerade wartet nichts auf deine Bestätigung, und es liegt keine Überweisung zum Senden bereit. Du kannst nach deinem Kontostand fragen oder Hilfe sagen.',
  nothingToDecline: () => 'In Ordnung. Es ist nichts offen. Was möchtest du tun?',
  nothingToChoose: () => 'Gerade gibt es nichts auszuwählen. Du kannst nach deinem Kontostand fragen oder Hilfe sagen.',
};
