import type { InsightsSpeech } from './catalog';
import { englishInsights } from './en-US';

/** British English: "current account", dates day first. */
export const enGBInsights: InsightsSpeech = englishInsights('en-GB', {
  accounts: { checking: 'current account', savings: 'savings account', 'credit-card': 'credit card' },
});
