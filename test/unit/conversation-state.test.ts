/**
 * A conversation saved after any insight question loads again whole: a slot the stored shape did
 * not know would make it unreadable, and the open question ("would you like to hear more?")
 * would be lost without a word.
 */
import { rememberQuestion } from '../../fulfillment/insights/follow-up';
import { INTENT_SLOTS } from '../../fulfillment/pipeline/intent-catalog';
import { FOLLOWED, loadConversation, saveConversation, type Conversation } from '../../fulfillment/pipeline/conversation-state';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import { accountId } from '../../fulfillment/kit/ids';

const cases = FOLLOWED.flatMap((intent) => INTENT_SLOTS[intent].map((slot) => [intent, slot] as const));

it.each(cases)('keeps the open question after a %s question with its %s slot said', async (intent, slot) => {
  const store = new MemoryStateStore();
  const conversation: Conversation = { awaiting: { kind: 'more-transactions', accountId: accountId('acc-1'), cursor: '5' } };
  rememberQuestion(conversation, {
    platform: 'alexa',
    locale: 'en-US',
    requestId: 'r',
    sessionKey: 's',
    intent,
    slots: { [slot]: { value: 'five', id: 'x' } },
    channel: 'voice',
  });
  await saveConversation(store, 'conv', conversation);
  expect(await loadConversation(store, 'conv')).toEqual(conversation);
});
