/** Which item of a list read out a customer's words name, as platforms send them. */
import { ordinalOf, positionSlot } from '../../fulfillment/pipeline/ordinal';

describe('ordinalOf', () => {
  it.each([
    ['2', 3, 1],
    ['second', 3, 1],
    ['the second one', 3, 1],
    ['die zweite', 2, 1],
    ['number two', 2, 1],
    ['last', 3, 2],
    ['the latter', 2, 1],
    ['the former', 2, 0],
    ['die letzte', 4, 3],
    ['den ersteren', 2, 0],
    ['the very last one', 2, 1],
  ])('reads %j in a list of %d as position %d', (value, count, index) => {
    expect(ordinalOf({ value }, count)).toBe(index);
  });

  it('reads a resolved list end by its id, whatever words were said', () => {
    expect(ordinalOf({ value: 'the bottom one', id: 'last' }, 3)).toBe(2);
    expect(ordinalOf({ value: 'ersteres', id: 'first' }, 3)).toBe(0);
  });

  it.each([
    ['third', 2],
    ['5', 4],
    ['0', 3],
    ['second and third', 3],
    ['anna', 2],
    ['', 2],
  ])('names no position with %j in a list of %d', (value, count) => {
    expect(ordinalOf({ value }, count)).toBeUndefined();
  });

  it('ignores the ids of other slots, which are payees and accounts', () => {
    expect(ordinalOf({ value: 'Anna Lee', id: 'pay-anna-lee' }, 2)).toBeUndefined();
  });
});

describe('positionSlot', () => {
  it('prefers the ordinal, then a list end', () => {
    expect(positionSlot({ ordinal: { value: '2' }, position: { value: 'last', id: 'last' } })?.value).toBe('2');
    expect(positionSlot({ position: { value: 'latter', id: 'last' } })?.id).toBe('last');
    expect(positionSlot({ payee: { value: 'Anna' } })).toBeUndefined();
  });
});
