/**
 * What the store keeps apart: one customer's PIN lock is not another's, two drafts are two, and
 * the day's sum of a limit holds for the whole UTC day, not for one instant.
 */
import { customerId } from '../../../fulfillment/kit/ids';
import { money } from '../../../fulfillment/kit/money';
import { DEFAULT_TRANSFER_POLICY } from '../../../fulfillment/pipeline/transfer-policy';
import { fixedPinDirectory } from '../../../fulfillment/records/pin-directory';
import { MemoryStateStore } from '../../../fulfillment/state/memory-store';
import { claimDraft, loadDraft, newDraft, saveDraft, wasHandled } from '../../../fulfillment/transfers/draft';
import { checkLimits, reserveLimits } from '../../../fulfillment/transfers/limits';
import { checkPin, pinLocked } from '../../../fulfillment/transfers/pin';
import { mutableClock } from '../../support/mutable-clock';

const ANNA = customerId('anna');
const BOB = customerId('bob');

it('locks only the customer who gave three wrong PINs', async () => {
  const store = new MemoryStateStore();
  const pins = fixedPinDirectory([ANNA, BOB], '2468');
  for (let i = 0; i < 3; i += 1) await checkPin(store, pins, ANNA, '0000');
  expect(await pinLocked(store, ANNA)).toBe(true);
  expect(await pinLocked(store, BOB)).toBe(false);
  expect(await checkPin(store, pins, BOB, '2468')).toBe('correct');
});

it('keeps two drafts apart', async () => {
  const store = new MemoryStateStore();
  const one = newDraft(ANNA, 'payee');
  const two = newDraft(BOB, 'own');
  await saveDraft(store, one, 300);
  await saveDraft(store, two, 300);
  expect(await loadDraft(store, one.id, ANNA)).toEqual(one);
  expect(await loadDraft(store, two.id, BOB)).toEqual(two);
  await claimDraft(store, one.id, ANNA);
  expect(await wasHandled(store, one.id)).toBe(true);
  expect(await wasHandled(store, two.id)).toBe(false);
});

it('adds up the day\'s transfers across the day, and the hour\'s across the hour', async () => {
  const clock = mutableClock('2026-11-20T12:00:00Z');
  const store = new MemoryStateStore(clock);
  const policy = { ...DEFAULT_TRANSFER_POLICY, dailyMax: '2000.00', perHourMax: 2 };
  expect(await reserveLimits(store, policy, ANNA, money(100_000, 'USD'), clock.now())).toBeUndefined();
  clock.advance(60);
  expect(await reserveLimits(store, policy, ANNA, money(100_000, 'USD'), clock.now())).toBeUndefined();
  clock.advance(60);
  expect(await checkLimits(store, policy, ANNA, money(1, 'USD'), clock.now())).toBe('daily');
  expect(await checkLimits(store, { ...policy, dailyMax: '5000.00' }, ANNA, money(1, 'USD'), clock.now())).toBe('hourly');
});
