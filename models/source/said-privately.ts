/**
 * A question asked with a wish for discreet mode in the same breath ("be discreet, what's my
 * balance", "wie ist mein Kontostand, keine Beträge bitte"). Every intent with a `privately`
 * slot gets a few of its own samples with the wish before them, and two with it after, so that
 * the platform hears the question and the wish together and no answer speaks an amount first.
 */
import type { IntentModels } from './intent-model';
import { withSamplesFor } from './samples-added';

/** How many of an intent's samples carry the wish before them, and how many of those after them too. */
const BEFORE = 4;
const AFTER = 2;

/** The samples that carry the wish: the first three without a slot, and the first with one. */
function carriers(samples: readonly string[]): string[] {
  const plain = samples.filter((s) => !s.includes('{')).slice(0, BEFORE - 1);
  const withSlot = samples.filter((s) => s.includes('{') && !s.includes('{privately}')).slice(0, BEFORE - plain.length);
  return [...plain, ...withSlot];
}

/** The intents' samples with the wish for discreet mode added where the intent has a `privately` slot. */
export function withPrivately(models: IntentModels): IntentModels {
  return withSamplesFor(models, 'privately', (own) => {
    const carried = carriers(own);
    return [...carried.map((s) => `{privately} ${s}`), ...carried.slice(0, AFTER).map((s) => `${s} {privately}`)];
  });
}
