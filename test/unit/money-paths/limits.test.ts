/**
 * The voice limits as a customer meets them: the per-transfer cap, the day's sum and the hour's
 * count, each refusing exactly at its edge, and a refused or undone transfer giving its share back.
 */
import { customerId } from '../../../fulfillment/kit/ids';
import { money } from '../../../fulfillment/kit/money';
import { DEFAULT_TRANSFER_POLICY, type TransferPolicy } from '../../../fulfillment/pipeline/transfer-policy';
import { MemoryStateStore } from '../../../fulfillment/state/memory-store';
import { checkLimits, limitsLeft, releaseLimits, reserveLimits } from '../../../fulfillment/transfers/limits';
import { mutableClock } from '../../support/mutable-clock';

const ANNA = customerId('anna');
const BOB = customerId('bob');
const policy: TransferPolicy = { ...DEFAULT_TRANSFER_POLICY, perTransferMax: '1000.00', dailyMax: '2000.00', perHourMax: 3 };
const usd = (minor: number) => money(minor, 'USD');

function setUp(iso = '2026-11-20T12:00:00Z') {
  const clock = mutableClock(iso);
  const store = new MemoryStateStore(clock);
  const reserve = (minor: number, who = ANNA) => reserveLimits(store, policy, who, usd(minor), clock.now());
  const check = (minor: number, who = ANNA) => checkLimits(store, policy, who, usd(minor), clock.now());
  return { clock, store, reserve, check };
}

describe('the per-transfer cap', () => {
  it('lets exactly the cap through and refuses a cent more, checking and reserving alike', async () => {
    const { reserve, check } = setUp();
    expect(await check(100_000)).toBeUndefined();
    expect(await check(100_001)).toBe('per-transfer');
    expect(await reserve(100_001)).toBe('per-transfer');
    expect(await reserve(100_000)).toBeUndefined();
  });

  it('reads the cap in the amount\'s own currency', async () => {
    const { store, clock } = setUp();
    expect(await reserveLimits(store, policy, ANNA, money(100_001, 'EUR'), clock.now())).toBe('per-transfer');
    expect(await reserveLimits(store, policy, ANNA, money(1000, 'JPY'), clock.now())).toBeUndefined();
    expect(await reserveLimits(store, policy, BOB, money(1001, 'JPY'), clock.now())).toBe('per-transfer');
  });

  it('refuses a policy whose cap is not an amount, rather than sending without a cap', async () => {
    const { store, clock } = setUp();
    await expect(reserveLimits(store, { ...policy, perTransferMax: 'lots' }, ANNA, usd(1), clock.now())).rejects.toThrow('transfer limit lots is not a decimal amount');
  });
});

describe('the day\'s sum', () => {
  it('adds up the day\'s transfers and refuses the one that would pass the daily maximum', async () => {
    const { reserve, check } = setUp();
    expect(await reserve(100_000)).toBeUndefined();
    expect(await reserve(90_000)).toBeUndefined();
    expect(await check(10_000)).toBeUndefined();
    expect(await check(10_001)).toBe('daily');
    expect(await reserve(10_001)).toBe('daily');
    // The refused reservation gave its share back: exactly the rest of the day still fits.
    expect(await reserve(10_000)).toBeUndefined();
    expect(await check(1)).toBe('daily');
  });

  it('starts again on the next UTC day, and keeps each customer\'s sum apart', async () => {
    const { clock, reserve, check } = setUp('2026-11-20T23:30:00Z');
    expect(await reserve(100_000)).toBeUndefined();
    expect(await reserve(100_000)).toBeUndefined();
    expect(await check(1)).toBe('daily');
    expect(await check(100_000, BOB)).toBeUndefined();
    clock.advance(3600);
    expect(await check(100_000)).toBeUndefined();
  });

  it('gives a refused transfer\'s amount back with releaseLimits', async () => {
    const { store, clock, reserve, check } = setUp();
    expect(await reserve(100_000)).toBeUndefined();
    expect(await reserve(100_000)).toBeUndefined();
    expect(await check(1)).toBe('daily');
    await releaseLimits(store, ANNA, usd(100_000), clock.now());
    expect(await check(100_000)).toBeUndefined();
    expect(await check(100_001)).toBe('per-transfer');
  });
});

describe('the hour\'s count', () => {
  it('allows the policy\'s number of transfers in an hour and refuses the next', async () => {
    const { reserve, check } = setUp();
    for (let i = 0; i < 3; i += 1) expect(await reserve(100)).toBeUndefined();
    expect(await check(100)).toBe('hourly');
    expect(await reserve(100)).toBe('hourly');
    expect(await check(100, BOB)).toBeUndefined();
  });

  it('counts a released transfer out of the hour again', async () => {
    const { store, clock, reserve, check } = setUp();
    for (let i = 0; i < 3; i += 1) expect(await reserve(100)).toBeUndefined();
    await releaseLimits(store, ANNA, usd(100), clock.now());
    expect(await check(100)).toBeUndefined();
    expect(await reserve(100)).toBeUndefined();
    expect(await reserve(100)).toBe('hourly');
  });

  it('gives the day\'s sum back too when the hour refuses', async () => {
    const { reserve, check } = setUp();
    for (let i = 0; i < 3; i += 1) expect(await reserve(50_000)).toBeUndefined();
    expect(await reserve(50_000)).toBe('hourly');
    // 1,500 of the 2,000 were used; the refused 500 did not count.
    expect(await check(50_000)).toBe('hourly');
    expect(await checkLimits(new MemoryStateStore(), policy, ANNA, usd(50_000), new Date())).toBeUndefined();
  });

  it('counts the last 60 minutes, never a clock hour: three at 12:55 leave none at 13:01, and one frees an hour after it was made', async () => {
    const { clock, reserve, check } = setUp('2026-11-20T12:55:00Z');
    expect(await reserve(100)).toBeUndefined();
    clock.advance(60);
    expect(await reserve(100)).toBeUndefined();
    expect(await reserve(100)).toBeUndefined();
    clock.advance(5 * 60);
    expect(await check(100)).toBe('hourly');
    expect(await reserve(100)).toBe('hourly');
    // 13:54:59: the 12:55 transfer is still in the last hour.
    clock.advance(53 * 60 + 59);
    expect(await check(100)).toBe('hourly');
    // 13:55: it has left it; the two of 12:56 have not.
    clock.advance(1);
    expect(await reserve(100)).toBeUndefined();
    expect(await check(100)).toBe('hourly');
  });

  it('gives a released transfer back to the minute it was made in, even when released later', async () => {
    const { store, clock, reserve, check } = setUp('2026-11-20T12:10:00Z');
    const madeAt = clock.now();
    for (let i = 0; i < 3; i += 1) expect(await reserve(100)).toBeUndefined();
    clock.advance(4 * 60);
    await releaseLimits(store, ANNA, usd(100), madeAt);
    expect(await reserve(100)).toBeUndefined();
    expect(await check(100)).toBe('hourly');
    // 13:10: the two left of 12:10 are out of the hour; only the one of 12:14 counts.
    clock.advance(56 * 60);
    expect(await reserve(100)).toBeUndefined();
    expect(await reserve(100)).toBeUndefined();
    expect(await reserve(100)).toBe('hourly');
  });

  it('says, with none left, in how many minutes the oldest of the last hour leaves the count', async () => {
    const { store, clock, reserve } = setUp('2026-11-20T12:10:00Z');
    expect(await reserve(100)).toBeUndefined();
    clock.advance(20 * 60);
    expect(await reserve(100)).toBeUndefined();
    expect(await reserve(100)).toBeUndefined();
    clock.advance(5 * 60);
    const left = await limitsLeft(store, policy, ANNA, 'USD', clock.now());
    expect(left.transfersLeftThisHour).toBe(0);
    expect(left.nextInMinutes).toBe(35);
    const roomy = await limitsLeft(store, policy, BOB, 'USD', clock.now());
    expect(roomy.transfersLeftThisHour).toBe(3);
    expect(roomy.nextInMinutes).toBeUndefined();
  });
});
