/**
 * Discreet mode: a customer's preference, kept in the StateStore by customer id, under which
 * the skill speaks no amount. It is applied to every reply in one place (the core pipeline),
 * so every feature obeys it without knowing of it.
 */
import type { BankSession } from '../banks/bank-types';
import type { CoreDeps } from '../pipeline/core-deps';
import type { CustomerId } from '../kit/ids';
import { hasAmounts, withoutAmounts as factsWithoutAmounts } from '../pipeline/facts';
import type { Reply } from '../pipeline/reply';
import type { Locale } from '../kit/locale';
import { discreetSpeech } from './speech';
import { speaksAmount, withoutAmounts } from './redact-amounts';
import type { StateStore } from '../state/state-store';

/** How long the preference is kept after it was last set: a year. */
export const DISCREET_TTL_SECONDS = 365 * 24 * 60 * 60;

const key = (customer: CustomerId) => `pref:discreet:${customer}`;

/** Whether the customer turned discreet mode on. */
export async function isDiscreet(store: StateStore, customer: CustomerId): Promise<boolean> {
  return (await store.get(key(customer))) === 'on';
}

/** Turns discreet mode on or off for a customer. */
export async function setDiscreet(store: StateStore, customer: CustomerId, on: boolean): Promise<void> {
  if (on) await store.set(key(customer), 'on', DISCREET_TTL_SECONDS);
  else await store.delete(key(customer));
}

/**
 * The reply as it may be spoken: without amounts when the customer is in discreet mode, in its
 * speech and in its facts alike, except in a read-back of the amount the customer is sending.
 * Where the bank takes messages, the whole answer goes into its app, so nothing is lost by
 * keeping quiet.
 */
export async function discreetly(reply: Reply, deps: Pick<CoreDeps, 'store' | 'bank'>, session: BankSession, locale: Locale): Promise<Reply> {
  if (reply.type === 'end' || reply.type === 'link-account') return reply;
  // A read-back speaks the amount the customer is asking to send, not what the bank knows.
  if (reply.type === 'ask' && reply.readBack) return reply;
  const choices = reply.type === 'ask' ? reply.choices ?? [] : [];
  const risky = speaksAmount(reply.speech) || (reply.type === 'ask' && speaksAmount(reply.reprompt)) || choices.some(speaksAmount) || hasAmounts(reply.facts);
  if (!risky || !(await isDiscreet(deps.store, session.customer.id))) return reply;
  // The app gets the answer, not the question that ends the spoken turn ("Is there anything else?").
  const question = reply.type === 'ask' ? reply.reprompt : '';
  // A question that is the whole answer (the card payment's options) goes in whole.
  const answer = question && reply.speech.endsWith(question) ? reply.speech.slice(0, -question.length).trim() : reply.speech;
  const text = answer || reply.speech;
  const sent = deps.bank.messages ? await deps.bank.messages.send(session, { text }) : undefined;
  const speech = discreetSpeech(locale);
  const notice = sent?.ok ? speech.discreetSent() : speech.discreetNotice();
  const history = reply.quietly?.history === true;
  // History is more than its amounts: its list, days and places stay out of the facts too.
  const facts = reply.facts && !history ? { facts: factsWithoutAmounts(reply.facts) } : {};
  // Words the feature can say without amounts are said so: after the notice, or, for history
  // (how many were found), before the notice that the details are in the app.
  const quiet = (said: string) => {
    const q = reply.quietly;
    if (!q || !said.includes(q.said)) return withoutAmounts(said, notice);
    const [before = '', after = ''] = said.split(q.said, 2);
    const rest = (part: string) => (speaksAmount(part) ? withoutAmounts(part, notice) : part);
    const head = rest(before.trim());
    const told = history ? [q.instead, sent?.ok ? speech.detailsSent() : speech.detailsNotice()] : [head.includes(notice) ? '' : notice, q.instead];
    return [head, ...told, rest(after.trim())].filter(Boolean).join(' ');
  };
  if (reply.type === 'tell') return { type: 'tell', speech: quiet(reply.speech), ...facts };
  const kept = choices.filter((c) => !speaksAmount(c));
  return {
    type: 'ask',
    ...(reply.payees ? { payees: reply.payees } : {}),
    speech: quiet(reply.speech),
    reprompt: withoutAmounts(reply.reprompt, notice),
    ...(kept.length > 0 ? { choices: kept } : {}),
    ...facts,
  };
}

/**
 * A reply joined from two (an answer in passing and the question it returns to) says the
 * discreet notice once: each part, kept quiet on its own, carried it.
 */
export function noticeOnce(reply: Reply, locale: Locale): Reply {
  if (reply.type !== 'ask' && reply.type !== 'tell') return reply;
  const speech = discreetSpeech(locale);
  let said = reply.speech;
  for (const notice of [speech.discreetSent(), speech.discreetNotice(), speech.detailsSent(), speech.detailsNotice()]) {
    const first = said.indexOf(notice);
    if (first < 0) continue;
    const head = said.slice(0, first + notice.length);
    said = head + said.slice(head.length).split(notice).join('').replace(/\s{2,}/g, ' ');
  }
  return said === reply.speech ? reply : { ...reply, speech: said };
}
