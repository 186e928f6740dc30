import { englishTransferSpeech } from './en-US';

/** British English. */
export const enGBTransfer = englishTransferSpeech('en-GB', { checking: 'current account', savings: 'savings account', 'credit-card': 'credit card' });
