import type { SpeechCatalog } from './catalog';
import { englishCatalog } from './en-US';

/** British English: "current account", pounds written the British way. */
export const enGB: SpeechCatalog = englishCatalog('en-GB', {
  kinds: { checking: 'current account', savings: 'savings account', 'credit-card': 'credit card' },
});
