import { readPeriod, type Period } from './period';
import type { HandlerContext } from '../pipeline/intent-handler';

/** The period a turn's `period` and `until` slots name, against the injected clock. */
export function periodOfTurn(ctx: HandlerContext): Period | 'unreadable' | undefined {
  const { period, until } = ctx.turn.slots;
  return readPeriod(period?.id ?? period?.value, until?.id ?? until?.value, ctx.deps.clock.now(), ctx.turn.locale);
}
