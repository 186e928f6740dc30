import type { Locale } from '../../kit/locale';
import type { ConversationSpeech } from './catalog';
import { deDEConversation } from './de-DE';
import { englishConversation } from './en';

const CATALOGS: Readonly<Record<Locale, ConversationSpeech>> = { 'en-US': englishConversation('en-US'), 'en-GB': englishConversation('en-GB'), 'de-DE': deDEConversation };

/** The conversation's sentences for a locale. */
export function conversationSpeech(locale: Locale): ConversationSpeech {
  return CATALOGS[locale];
}
