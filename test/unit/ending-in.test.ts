/** "The one ending in 7781": a list item by the last digits the skill spoke for it, never a guess. */
import { endingIn } from '../../fulfillment/pipeline/ending-in';

const lastFours = ['3344', '7781', '1209'];

it.each([
  ['four digits', { value: '7781' }, 1],
  ['the last two, when only one item ends so', { value: '09' }, 2],
  ['digits with spaces, as a platform may send them', { value: '77 81' }, 1],
] as const)('finds the item by %s', (_name, slot, index) => {
  expect(endingIn(slot, lastFours)).toBe(index);
});

it.each([
  ['digits no item ends with', { value: '9999' }],
  ['one digit, which many items could end with', { value: '4' }],
  ['more than four digits', { value: '177781' }],
] as const)('matches nothing for %s', (_name, slot) => {
  expect(endingIn(slot, lastFours)).toBe('no-match');
});

it('matches nothing when two items end with the digits said', () => {
  expect(endingIn({ value: '44' }, ['3344', '1144'])).toBe('no-match');
});

it('says nothing was said when the slot is empty or absent', () => {
  expect(endingIn(undefined, lastFours)).toBeUndefined();
  expect(endingIn({ value: '' }, lastFours)).toBeUndefined();
});
