/** Speaks the transfer dialog on either platform, with amounts in each platform's own shape. */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import type { Platform } from '../../fulfillment/kit/platform';
import type { Spoken, TestSkill } from './harness';
import type { RequestOptions } from './requests';
import { speaker } from './speaker';

/** What a transfer test says: an intent with slots, where `amount` is a decimal string. */
export type SayTransfer = (intent: IntentName, slots?: Record<string, string>) => Promise<Spoken>;

/**
 * A speaker whose `amount` slot reaches Alexa as AMAZON.NUMBER text and Dialogflow as
 * @sys.unit-currency ({amount, currency}), as each platform sends it.
 */
export function transferSpeaker(skill: TestSkill, platform: Platform, currency: string, options: RequestOptions = { token: 'demo' }): SayTransfer {
  const say = speaker(skill, platform, options);
  return (intent, slots = {}) => {
    if (platform === 'alexa' || slots.amount === undefined) return say(intent, slots);
    const { amount, ...rest } = slots;
    return say(intent, slots, { ...rest, amount: { amount: Number(amount), currency } });
  };
}
