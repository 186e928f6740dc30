/**
 * "Not the first one", "nicht die letzte" to a question that read out two items: the other one.
 * A platform puts the place taken back in a slot of its own (`notOrdinal`, `notPosition`), so it
 * never fills the place chosen; of two items, the one left is chosen. Of more, the place taken
 * back chooses nothing, and the question is put again.
 */
import { isHeard, type Turn } from './turn';
import { ordinalOf } from './ordinal';

/** The turn with the place left over as the one chosen, when it takes back one of two; else the turn as it was. */
export function placeLeft(turn: Turn, count: number): Turn {
  const { notOrdinal, notPosition, ordinal, position } = turn.slots;
  const takenBack = isHeard(notOrdinal) ? notOrdinal : isHeard(notPosition) ? notPosition : undefined;
  if (turn.intent !== 'Choose' || !takenBack || isHeard(ordinal) || isHeard(position)) return turn;
  const index = ordinalOf(takenBack, count);
  const { notOrdinal: _o, notPosition: _p, ...rest } = turn.slots;
  if (count !== 2 || index === undefined) return { ...turn, slots: rest };
  return { ...turn, slots: { ...rest, ordinal: { value: String(2 - index) } } };
}
