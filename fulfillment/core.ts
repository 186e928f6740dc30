/**
 * The one dispatch pipeline: every turn from every platform passes through `handle`, in this
 * order: identify the customer (token -> link -> the bank's confirmation), load the
 * conversation, offer the turn to the flow awaiting an answer (if any), else run the intent's
 * handler, return to an open question the turn interrupted, speak any expected failure, keep
 * amounts out in discreet mode, save the conversation. A thrown exception is a bug: it is logged
 * with a correlation id and the customer hears a generic apology.
 */
import { randomUUID } from 'node:crypto';
import type { CustomerId } from './kit/ids';
import type { BankError } from './banks/bank-error';
import type { BankSession } from './banks/bank-types';
import { answeredCompletely, conversationKey, loadConversation, saveConversation, type Conversation } from './pipeline/conversation-state';
import type { CoreDeps } from './pipeline/core-deps';
import { canResume, helpWithQuestion, interceptByFlow, resumeFlow } from './flow-table';
import { askDeclinedAgain, rememberDeclined } from './reconsidered';
import { ownAccountMeant } from './transfers/own-account-meant';
import { paidBeforeAsked } from './transfers/paid-before';
import { limitMeantForTransfers, mostAskedAsLimits } from './transfers/limit-meant';
import { withDeadline } from './banks/with-deadline';
import { containFaults } from './banks/contained';
import { StoreUnavailable } from './state/bounded-store';
import { noMetrics } from './pipeline/metrics';
import { assistantPolicy } from './pipeline/transfer-policy';
import { withoutMoneyMovement } from './pipeline/scoped-bank';
import { hedgedYes } from './pipeline/hedged-yes';
import { acknowledged } from './pipeline/acknowledged';
import { readByQuestion } from './pipeline/read-by-question';
import { noMoreAsNo } from './pipeline/no-more';
import { personNotCard } from './transfers/person-not-card';
import { transferCancelledFirst, undoAskedFirst, withUndoOffered } from './transfers/cancel-first';
import { requestAfterPin } from './said-after-the-pin';
import { TRANSFER_SCOPE } from './records/link-directory';
import { discreetly, noticeOnce } from './discreet/discreet-mode';
import { discreetAskedInPassing, saidFirst } from './discreet/asked-in-passing';
import { HANDLERS } from './handler-table';
import { followUpTurn, isFollowed, rememberQuestion } from './insights/follow-up';
import { sinceAsPeriod } from './insights/since';
import { spendingTotalAsked } from './insights/spending-listed';
import { alsoMeant } from './transfers/also-transfer';
import { nextTransferMeant } from './transfers/next-transfer-meant';
import { transferCancelMeant, undoCorrectionMeant } from './transfers/undo-correction';
import { pronounResolved } from './pipeline/payee-pronoun';
import { payeeNamedByPronoun } from './transfers/pronoun-payee';
import { emptyAnswerAsFallback, VALUE_ONLY } from './pipeline/empty-answer';
import { QUESTIONS_THAT_WAIT, thanksAsGoodbye } from './pipeline/thanks';
import type { Awaiting } from './pipeline/awaiting';
import type { Reply } from './pipeline/reply';
import { answerThenResume, askAfter } from './pipeline/reply-builders';
import type { HandlerContext, IntentHandler, Outcome } from './pipeline/intent-handler';
import { commonSpeech, type CommonSpeech } from './speech/common';
import type { Turn } from './pipeline/turn';

/** The fulfillment core, ready to answer turns. */
export interface Core {
  handle(turn: Turn): Promise<Reply>;
}

/** Speaks an expected bank failure; the one place where failures become words. */
function failureReply(error: BankError, speech: CommonSpeech, turn: Turn): Reply {
  if (error.kind === 'not-linked' || error.kind === 'consent-expired') {
    return { type: 'link-account', speech: error.kind === 'not-linked' ? speech.linkAccount(turn.platform) : speech.bankError(error) };
  }
  return { type: 'tell', speech: speech.bankError(error) };
}

/** A customer identified: the session for the bank, and what the token may do. */
interface Identified {
  readonly session: BankSession;
  readonly scopes: readonly string[];
}

/**
 * Resolves the linked customer, if the turn carries an access token: the token through the link
 * records to the bank's credentials, then the bank confirms it still honours them.
 */
async function identify(turn: Turn, deps: CoreDeps): Promise<Identified | BankError | undefined> {
  if (!turn.accessToken) return undefined;
  // An assistant's token was issued for the MCP server, a voice platform's for the webhooks.
  const link = await deps.links.resolve(turn.accessToken, turn.channel === 'assistant' ? 'assistant' : 'voice');
  if (!link.ok) return link.error;
  const customer = await deps.bank.identify({ customer: link.value.customer, credentials: link.value.credentials });
  if (!customer.ok) return customer.error;
  return { session: { customer: customer.value, credentials: link.value.credentials }, scopes: link.value.scopes };
}

/**
 * The dependencies for one turn: the bank bounded by the turn's deadline, when there is one,
 * so every bank call of the turn shares one budget; and, for a conversation an assistant
 * relays, the transfer policy that asks for approval in the bank's app.
 */
function forTurn(coreDeps: CoreDeps, turn: Turn, startedAt: number): CoreDeps {
  const deps = turn.channel === 'assistant' ? { ...coreDeps, transferPolicy: assistantPolicy(coreDeps.transferPolicy) } : coreDeps;
  if (deps.bankDeadlineMs === undefined) return deps;
  const metrics = deps.metrics ?? noMetrics;
  const name = deps.bank.name;
  const bank = withDeadline(deps.bank, startedAt + deps.bankDeadlineMs, (operation) =>
    metrics.bankCall(name, operation, 'deadline', (performance.now() - startedAt) / 1000),
  );
  return { ...deps, bank };
}

/**
 * An answer nobody understood, a customer who asks for a moment, or one who asks for help with
 * the question (where its flow has help of its own) leaves a question open that can be put
 * again: it is put again, and a moment asked for never counts as an answer missed.
 */
function askAgain(ctx: HandlerContext, waiting: Awaiting | undefined): Promise<Outcome | undefined> {
  if (!waiting || !canResume(waiting)) return Promise.resolve(undefined);
  // "I'm not sure" to "shall I lock your cards?": what each answer does, then the question again.
  if (ctx.turn.intent === 'Fallback' && waiting.kind === 'card-change') return notUnderstoodWithHelp(ctx, waiting);
  if (ctx.turn.intent === 'Fallback') return resumeFlow(ctx, waiting, 'not-understood');
  // "Go on", "weiter" at a yes-or-no question: nothing is read in parts there; the question comes again.
  if (ctx.turn.intent === 'More' && waiting.kind !== 'transfer' && QUESTIONS_THAT_WAIT.has(waiting.kind)) return resumeFlow(ctx, waiting, 'helped');
  if (ctx.turn.intent === 'Wait') return resumeFlow(ctx, waiting, 'waited');
  // "Hello?" while a transfer waits for an answer ("are you still there?"): the skill is, and asks
  // again; a welcome would set the transfer aside unsaid. (A welcome asks an open fraud question again itself.)
  if (ctx.turn.intent === 'Launch' && waiting.kind === 'transfer') return resumeFlow(ctx, waiting, 'greeted');
  // "Thanks" to a question that waits for its yes or no (thanks.ts): a thanks, and the question again.
  if (ctx.turn.intent === 'Thanks') return resumeFlow(ctx, waiting, 'thanked');
  // "Start over" at a yes-or-no question about a card or a purchase: that question is where it starts.
  if (ctx.turn.intent === 'StartOver' && waiting.kind !== 'transfer') return resumeFlow(ctx, waiting, 'started-over');
  if (ctx.turn.intent === 'Help') return helpWithQuestion(ctx, waiting);
  return Promise.resolve(undefined);
}

/** "Sorry, I didn't get that", the flow's help with its question, and the question again. */
async function notUnderstoodWithHelp(ctx: HandlerContext, waiting: Awaiting): Promise<Outcome | undefined> {
  const helped = await helpWithQuestion(ctx, waiting);
  return helped ? askAfter(ctx.speech.didNotGet(), helped) : resumeFlow(ctx, waiting, 'not-understood');
}

/** The answers a transfer set aside takes even when another question is open: they have no other use there. */
const TRANSFER_ANSWERS: ReadonlySet<Turn['intent']> = new Set([...VALUE_ONLY, 'Choose', 'Pin']);

/**
 * "From checking" after "would you like to hear more?", asked by the transactions looked at in
 * the middle of a transfer: an answer the open question does not take, which the transfer set
 * aside is waiting for. The transfer takes it; were the turn run on its own, the account would be
 * a balance question and the transfer's answer lost. A yes-or-no question the customer asked for
 * meanwhile ("lock my debit card", then the PIN) waits behind the transfer and is put again once
 * it is done: a lock or a purchase asked about is never dropped unsaid. A list being read is.
 */
async function answerSetAside(ctx: HandlerContext): Promise<Outcome | undefined> {
  const { conversation } = ctx;
  const paused = conversation.paused;
  if (paused?.kind !== 'transfer' || !TRANSFER_ANSWERS.has(ctx.turn.intent)) return undefined;
  const open = conversation.awaiting;
  conversation.awaiting = paused;
  conversation.paused = undefined;
  const outcome = await interceptByFlow(ctx);
  if (outcome) {
    if (open && open.kind !== 'more-transactions' && canResume(open) && !conversation.paused) conversation.paused = open;
    return outcome;
  }
  conversation.awaiting = open;
  conversation.paused = paused;
  return undefined;
}

/**
 * Runs the intent's handler, which no flow took. A question answered in passing returns to the
 * open question it interrupted (`back`), also when its answer was a problem; one that asks a
 * question of its own sets the first aside until it is answered; "repeat" and "hold on" keep it open.
 */
async function runHandler(ctx: HandlerContext, handler: IntentHandler, session: BankSession | undefined, waiting: Awaiting | undefined): Promise<{ outcome: Outcome; back?: Awaiting }> {
  const { conversation } = ctx;
  conversation.awaiting = undefined;
  let outcome: Outcome;
  if (handler.access === 'open') outcome = await handler.handle(ctx);
  else if (session) outcome = await handler.handle({ ...ctx, session });
  else throw new Error('a linked handler ran without a customer');
  if (!waiting) return { outcome };
  // The handler may have asked a question of its own (TypeScript still sees the reset above).
  const asked = conversation.awaiting as Awaiting | undefined;
  // A new question of the same kind ("lock my card" asked twice) replaces the old one: set aside, it would be asked again after.
  if (ctx.turn.intent === 'Repeat' || ctx.turn.intent === 'Wait') conversation.awaiting = waiting;
  // A new list of transactions replaces the one being read: "would you like to hear more?" of the old one is not asked again.
  else if (waiting.kind === 'more-transactions' && ctx.turn.intent === 'RecentTransactions') return { outcome };
  else if (outcome.ok && answeredCompletely(conversation)) return { outcome, back: waiting };
  // A list being read is not set aside for a question of another kind ("lock my card?"): after
  // that is done, "would you like to hear more?" of the old list would be a question out of date.
  else if (canResume(waiting) && asked && asked.kind !== waiting.kind && waiting.kind !== 'more-transactions') conversation.paused = waiting;
  // An answer that asks nothing of its own ("I didn't catch the dates") keeps the open
  // question: it is put again after.
  else if (canResume(waiting) && !asked && outcome.ok && outcome.value.type === 'ask') return { outcome, back: waiting };
  return { outcome };
}

/** The question set aside earlier, once the conversation is back to "anything else?"; it is taken out. */
function takePaused(conversation: Conversation): Awaiting | undefined {
  const paused = conversation.paused;
  if (!paused || !answeredCompletely(conversation)) return undefined;
  conversation.paused = undefined;
  return paused;
}

/** An outcome as it may be spoken: failures in words, amounts left out in discreet mode. */
async function spoken(outcome: Outcome, deps: CoreDeps, ctx: HandlerContext, session: BankSession | undefined): Promise<Reply> {
  const answer = outcome.ok ? outcome.value : failureReply(outcome.error, ctx.speech, ctx.turn);
  return session ? discreetly(answer, deps, session, ctx.turn.locale) : answer;
}

/**
 * Saves the conversation for the next turn, or forgets it when nothing is open. What was done
 * is done and the reply says it truly: a store that fails now costs the next turn its context
 * (a "yes" then finds nothing to confirm), never this answer.
 */
async function keepConversation(deps: CoreDeps, turn: Turn, key: string, conversation: Conversation, said: Reply): Promise<void> {
  try {
    if (said.type === 'ask' && !turn.standalone) {
      conversation.lastSaid = { speech: said.speech, reprompt: said.reprompt };
      await saveConversation(deps.store, key, conversation);
    } else await deps.store.delete(key);
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    deps.logger.warn({ platform: turn.platform, intent: turn.intent, store: error.operation }, 'conversation not saved: store unavailable');
  }
}

/**
 * How the open question reads a turn, in this order: an empty answer, a hedged yes, "not now",
 * "that was on purpose" and "that's not right", thanks, "no more", a limit, the most that may be
 * sent, a second transfer, "also", a correction after the undo, the transfer a cancel was for.
 * Each leaves a turn it has nothing to say about as it is.
 */
const READINGS: readonly ((turn: Turn, conversation: Conversation) => Turn)[] = [
  emptyAnswerAsFallback, hedgedYes, readByQuestion, thanksAsGoodbye, noMoreAsNo,
  limitMeantForTransfers, mostAskedAsLimits, paidBeforeAsked, nextTransferMeant, alsoMeant, undoCorrectionMeant, transferCancelMeant,
];

/** Builds the core around its dependencies. */
export function createCore(given: CoreDeps): Core {
  const coreDeps: CoreDeps = { ...given, bank: containFaults(given.bank, given.logger) };
  const metrics = coreDeps.metrics ?? noMetrics;
  async function run(heard: Turn, speech: CommonSpeech, turnDeps: CoreDeps, seen: { customer?: CustomerId }): Promise<Reply> {
    const identified = await identify(heard, turnDeps);
    const session = identified && 'session' in identified ? identified.session : undefined;
    if (session) seen.customer = session.customer.id;
    const key = conversationKey(heard, session?.customer.id);
    const conversation = await loadConversation(turnDeps.store, key);
    // An id meant for another kind of question (a page id given as a draft id): nothing is done, nothing forgotten.
    if (heard.answers && conversation.awaiting && !heard.answers.includes(conversation.awaiting.kind)) return { type: 'tell', speech: speech.answersAnotherQuestion() };
    // "And in October?" is the last question asked again, changed; an answer without its value is one not understood.
    // "Give her fifty": the pronoun is the person already named.
    const followed = followUpTurn(sinceAsPeriod(ownAccountMeant(personNotCard(acknowledged(heard, conversation))), turnDeps.clock.now()), conversation, turnDeps.clock.now());
    const namedPayee = session ? await payeeNamedByPronoun(turnDeps, session, followed, conversation) : undefined;
    const turn = READINGS.reduce((read, meant) => meant(read, conversation), pronounResolved(followed, conversation, namedPayee));
    const handler = HANDLERS[turn.intent];
    // A bank that could not confirm a linked customer: their conversation cannot be found without
    // them, so a "yes" or a PIN to a question that waits would hear "nothing is waiting", which may
    // be untrue. Only help and stop are answered as ever; the question stays for the next try.
    const bankDown = identified && 'kind' in identified && (identified.kind === 'unavailable' || identified.kind === 'timeout') ? identified : undefined;
    if (bankDown && turn.intent !== 'Help' && turn.intent !== 'Stop') return failureReply(bankDown, speech, turn);
    if (handler.access === 'linked' && !session) {
      const refusal = identified && 'kind' in identified ? identified : undefined;
      return failureReply(refusal && refusal.kind !== 'not-found' ? refusal : { kind: 'not-linked' }, speech, turn);
    }
    // A token that may only read (an assistant's, say) reaches a bank that cannot move money.
    const mayMoveMoney = !identified || !('session' in identified) || identified.scopes.includes(TRANSFER_SCOPE);
    const deps = mayMoveMoney ? turnDeps : { ...turnDeps, bank: withoutMoneyMovement(turnDeps.bank) };
    const ctx: HandlerContext = { turn, speech, deps, conversation, ...(session ? { session } : {}) };
    // "Be discreet, what's my balance?": the mode is on before anything is answered.
    const quietFirst = session ? await discreetAskedInPassing(deps.store, session, heard) : undefined;
    // "Cancel that and tell me my balance": the transfer is dropped before the question is answered, never taken up after it.
    const cancelledFirst = session ? await transferCancelledFirst({ ...ctx, session }) : undefined;
    const undoAsked = session ? await undoAskedFirst({ ...ctx, session }) : undefined;
    const waiting = conversation.awaiting;
    const { declined, askedAgain } = conversation;
    conversation.declined = undefined;
    conversation.askedAgain = undefined;
    // "List them" right after a spending total answered in passing reads its payments, then the open question comes back.
    const listsWhatWasAnswered = turn.intent === 'More' && conversation.answeredInPassing === true && spendingTotalAsked(conversation.lastQuestion);
    conversation.answeredInPassing = undefined;
    const intercepted = listsWhatWasAnswered ? undefined : (await askDeclinedAgain(ctx, declined)) ?? (await requestAfterPin(ctx)) ?? (await interceptByFlow(ctx)) ?? (await answerSetAside(ctx)) ?? (await askAgain(ctx, waiting));
    const handled = intercepted ? { outcome: intercepted } : await runHandler(ctx, handler, session, waiting);
    const { outcome } = handled;
    if (outcome.ok) rememberQuestion(conversation, turn);
    rememberDeclined(conversation, turn, waiting, askedAgain === true);
    const back = 'back' in handled ? handled.back : takePaused(conversation);
    // Whether the answer closes with "anything else?", which the question taken up again replaces.
    const closed = answeredCompletely(conversation);
    const resumed = back ? await resumeFlow(ctx, back, 'answered-in-passing') : undefined;
    // Only a question whose answer "list them" can read: never the list itself, nor a no to "hear more?".
    if (resumed?.ok && isFollowed(turn.intent)) conversation.answeredInPassing = true;
    const reply = await spoken(outcome, deps, ctx, session);
    const answered = resumed?.ok ? noticeOnce(answerThenResume(reply, await spoken(resumed, deps, ctx, session), closed), turn.locale) : reply;
    const lead = [cancelledFirst, quietFirst].filter(Boolean).join(' ');
    const offered = undoAsked && session ? await withUndoOffered({ ...ctx, session }, undoAsked, answered) : answered;
    const said = lead ? saidFirst(lead, offered) : offered;
    await keepConversation(turnDeps, turn, key, conversation, said);
    return said;
  }

  return {
    async handle(turn) {
      const speech = commonSpeech(turn.locale);
      const started = performance.now();
      const ms = () => Math.round((performance.now() - started) * 10) / 10;
      const seen: { customer?: CustomerId } = {};
      const who = () => (seen.customer && coreDeps.pseudonym ? { customer: coreDeps.pseudonym(seen.customer) } : {});
      try {
        const reply = await run(turn, speech, forTurn(coreDeps, turn, started), seen);
        coreDeps.logger.info({ platform: turn.platform, intent: turn.intent, locale: turn.locale, reply: reply.type, ms: ms(), ...who() }, 'turn');
        metrics.turn(turn.platform, turn.intent, reply.type, ms() / 1000);
        return reply;
      } catch (error) {
        const correlationId = randomUUID();
        metrics.turn(turn.platform, turn.intent, 'failed', ms() / 1000);
        // A store that is gone is an outage, not a bug. A confirmation takes its draft from the
        // store before the bank is asked, so nothing moves while it is gone; but it may go away
        // after the bank took a transfer, so the words never say "try again" on their own.
        if (error instanceof StoreUnavailable) {
          coreDeps.logger.warn({ correlationId, platform: turn.platform, intent: turn.intent, store: error.operation, ms: ms(), ...who() }, 'turn failed: store unavailable');
          return { type: 'tell', speech: speech.storeUnavailable() };
        }
        coreDeps.logger.error(
          { correlationId, platform: turn.platform, intent: turn.intent, error: error instanceof Error ? error.name : 'unknown', ...who() },
          'turn failed',
        );
        return { type: 'tell', speech: speech.somethingWentWrong() };
      }
    },
  };
}
