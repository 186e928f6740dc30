import { readPeriodPage, readTransactionPage } from './recent-transactions.handler';
import { readMoreCharges } from './charges-read';
import { ask, askAgain } from '../pipeline/reply-builders';
import { insightsSpeech } from './speech';
import type { Flow } from '../pipeline/flow';

/**
 * After "Would you like to hear more?": "more" or "yes" reads the next page, "no" moves on. The
 * question comes back after one question in passing, not after a second.
 */
export const moreTransactionsFlow: Flow<'more-transactions'> = {
  async intercept(ctx, awaiting) {
    const session = ctx.session;
    if (!session) return undefined;
    if (ctx.turn.intent === 'More' || ctx.turn.intent === 'Yes') {
      ctx.conversation.awaiting = undefined;
      const span = { ...(awaiting.from ? { from: awaiting.from } : {}), ...(awaiting.to ? { to: awaiting.to } : {}) };
      const offset = Number.parseInt(awaiting.cursor, 10) || 0;
      if (awaiting.charges) return readMoreCharges({ ...ctx, session }, awaiting.charges, offset);
      const { sent, direction, accountId } = awaiting;
      if (direction) return readPeriodPage({ ...ctx, session }, span, offset, undefined, { direction, ...(accountId ? { accountId } : {}) });
      if (!accountId) return readPeriodPage({ ...ctx, session }, span, offset, undefined, { sent: sent === true });
      return readTransactionPage({ ...ctx, session }, accountId, { cursor: awaiting.cursor, span });
    }
    if (ctx.turn.intent === 'No') {
      ctx.conversation.awaiting = { kind: 'anything-else' };
      return ask(ctx.speech.anythingElse());
    }
    return undefined;
  },
  help: (ctx) => insightsSpeech(ctx.turn.locale).moreHelp(),
  // Put again once after another question; after a second one, or another task, the customer
  // has moved on, and "would you like to hear more?" would come out of nowhere.
  async resume(ctx, awaiting, after) {
    if (after === 'answered-in-passing' && awaiting.resumed) return undefined;
    ctx.conversation.awaiting = after === 'answered-in-passing' ? { ...awaiting, resumed: true } : awaiting;
    return askAgain(ctx, after, ask(insightsSpeech(ctx.turn.locale).moreQuestion()));
  },
};
