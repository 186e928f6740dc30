/**
 * The draft claim that stands between "yes" and the bank: one claim gets the draft, replays and
 * other customers get nothing, a spoiled draft is never sent, and a claimed draft is remembered
 * as handled for an hour so a late answer is told so.
 */
import { customerId } from '../../../fulfillment/kit/ids';
import { money } from '../../../fulfillment/kit/money';
import { MemoryStateStore } from '../../../fulfillment/state/memory-store';
import type { StateStore } from '../../../fulfillment/state/state-store';
import { claimDraft, dropDraft, holdDraft, isHeld, loadDraft, newDraft, saveDraft, UNREADABLE, wasHandled } from '../../../fulfillment/transfers/draft';
import { mutableClock } from '../../support/mutable-clock';

const ANNA = customerId('anna');
const MALLORY = customerId('mallory');

function setUp() {
  const clock = mutableClock('2026-11-20T12:00:00Z');
  const store = new MemoryStateStore(clock);
  const draft = { ...newDraft(ANNA, 'payee'), amount: money(4200, 'USD'), step: 'confirm' as const, confirmed: true };
  return { clock, store, draft };
}

describe('a new draft', () => {
  it('starts at the amount with nothing confirmed, and a fresh id and idempotency key each time', () => {
    const one = newDraft(ANNA, 'own');
    const two = newDraft(ANNA, 'own');
    expect(one).toMatchObject({ customerId: ANNA, kind: 'own', step: 'amount', failures: 0, amountChecked: false, confirmed: false, pinVerified: false });
    expect(new Set([one.id, two.id, one.idempotencyKey, two.idempotencyKey]).size).toBe(4);
  });
});

describe('claiming a draft to send it', () => {
  it('gives the draft, with its idempotency key, to exactly one of many concurrent claims', async () => {
    const { store, draft } = setUp();
    await saveDraft(store, draft, 300);
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimDraft(store, draft.id, ANNA)));
    const got = claims.filter((c) => c !== undefined);
    expect(got).toEqual([draft]);
    expect(await loadDraft(store, draft.id, ANNA)).toBeUndefined();
  });

  it('gives nothing to another customer, and leaves the draft to its owner', async () => {
    const { store, draft } = setUp();
    await saveDraft(store, draft, 300);
    expect(await loadDraft(store, draft.id, MALLORY)).toBeUndefined();
    expect(await claimDraft(store, draft.id, MALLORY)).toBeUndefined();
    expect(await wasHandled(store, draft.id)).toBe(false);
  });

  it('remembers a claimed draft as handled for an hour, and a dropped or expired one not at all', async () => {
    const { clock, store, draft } = setUp();
    await saveDraft(store, draft, 300);
    expect(await wasHandled(store, draft.id)).toBe(false);
    await claimDraft(store, draft.id, ANNA);
    expect(await wasHandled(store, draft.id)).toBe(true);
    clock.advance(3590);
    expect(await wasHandled(store, draft.id)).toBe(true);
    clock.advance(20);
    expect(await wasHandled(store, draft.id)).toBe(false);

    const dropped = newDraft(ANNA, 'payee');
    await saveDraft(store, dropped, 300);
    await dropDraft(store, dropped.id);
    expect(await claimDraft(store, dropped.id, ANNA)).toBeUndefined();
    expect(await wasHandled(store, dropped.id)).toBe(false);

    const expired = newDraft(ANNA, 'payee');
    await saveDraft(store, expired, 300);
    clock.advance(301);
    expect(await claimDraft(store, expired.id, ANNA)).toBeUndefined();
    expect(await wasHandled(store, expired.id)).toBe(false);
  });

  it('calls a stored draft that does not parse unreadable, and never hands it out', async () => {
    const { store, draft } = setUp();
    await saveDraft(store, draft, 300);
    const stored = JSON.parse((await store.get(`transfer:${draft.id}`)) as string) as Record<string, unknown>;
    await store.set(`transfer:${draft.id}`, JSON.stringify({ ...stored, amount: { minor: 42.5, currency: 'USD' } }), 300);
    expect(await loadDraft(store, draft.id, ANNA)).toBe(UNREADABLE);
    expect(await claimDraft(store, draft.id, ANNA)).toBe(UNREADABLE);
    expect(await wasHandled(store, draft.id)).toBe(false);
    await store.set(`transfer:${draft.id}`, 'not json', 300);
    expect(await loadDraft(store, draft.id, ANNA)).toBe(UNREADABLE);
  });

  it('reads back every field it saved', async () => {
    const { store } = setUp();
    const full = { ...newDraft(ANNA, 'card'), step: 'pin' as const, amount: money(1, 'EUR'), cardOption: 'minimum' as const, offered: ['a'], failures: 2, amountChecked: true, confirmed: true, pinVerified: true, approvalId: 'ap-1' };
    await saveDraft(store, full, 300);
    expect(await loadDraft(store, full.id, ANNA)).toEqual(full);
  });
});

describe('holding a draft for its PIN check', () => {
  it('shows it held to a reader from before it leaves the store until it is back', async () => {
    const { store, draft } = setUp();
    await saveDraft(store, draft, 300);
    // The store answers the take only when the test says so: a reader looks in meanwhile.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: StateStore = Object.assign(Object.create(store) as StateStore, { consume: async (k: string) => { const v = await store.consume(k); await gate; return v; } });
    const holding = holdDraft(slow, draft.id, ANNA);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await loadDraft(store, draft.id, ANNA)).toBeUndefined();
    expect(await isHeld(store, draft.id)).toBe(true);
    release();
    const mine = await holding;
    expect(mine).toEqual(draft);
    expect(await isHeld(store, draft.id)).toBe(true);
    await saveDraft(store, mine as typeof draft, 300);
    expect(await isHeld(store, draft.id)).toBe(false);
    expect(await loadDraft(store, draft.id, ANNA)).toEqual(draft);
  });

  it('keeps one holder\'s mark when another caller finds nothing to take, and lets go when the holder sends or drops it', async () => {
    const { store, draft } = setUp();
    await saveDraft(store, draft, 300);
    const mine = await holdDraft(store, draft.id, ANNA);
    expect(await holdDraft(store, draft.id, ANNA)).toBeUndefined();
    expect(await isHeld(store, draft.id)).toBe(true);
    expect(await claimDraft(store, draft.id, ANNA, mine as typeof draft)).toEqual(draft);
    expect(await isHeld(store, draft.id)).toBe(false);
    expect(await wasHandled(store, draft.id)).toBe(true);

    const other = { ...newDraft(ANNA, 'payee'), amount: money(100, 'USD') };
    await saveDraft(store, other, 300);
    const held = await holdDraft(store, other.id, ANNA);
    await dropDraft(store, other.id, held as typeof other);
    expect(await isHeld(store, other.id)).toBe(false);
    expect(await wasHandled(store, other.id)).toBe(false);
  });

  it('is never held for another customer, nor when the draft does not parse', async () => {
    const { store, draft } = setUp();
    await saveDraft(store, draft, 300);
    expect(await holdDraft(store, draft.id, MALLORY)).toBeUndefined();
    expect(await isHeld(store, draft.id)).toBe(false);
    await store.set(`transfer:${draft.id}`, '{"broken":', 300);
    expect(await holdDraft(store, draft.id, ANNA)).toBe(UNREADABLE);
    expect(await isHeld(store, draft.id)).toBe(false);
  });
});
