/**
 * "The other account" and "the other Anna": what they name depends on what the transfer holds
 * now, and when nothing, or more than one, is the other, nothing changes without saying so.
 */
import type { Account, AccountKind, Payee } from '../../fulfillment/banks/bank-types';
import { accountId, customerId, payeeId } from '../../fulfillment/kit/ids';
import type { Locale } from '../../fulfillment/kit/locale';
import { money } from '../../fulfillment/kit/money';
import type { SlotValue } from '../../fulfillment/pipeline/turn';
import { newDraft, type TransferDraft } from '../../fulfillment/transfers/draft';
import { mergeSlots } from '../../fulfillment/transfers/slots';

const account = (id: string, kind: AccountKind): Account => ({ id: accountId(id), kind, name: id, last4: '0000', balance: money(100_00, 'USD') });
const twoSources = [account('chk', 'checking'), account('sav', 'savings'), account('cc', 'credit-card')];
const threeSources = [...twoSources, account('sav2', 'savings')];
const payees: Payee[] = [
  { id: payeeId('p-schmidt'), name: 'Anna Schmidt', last4: '3344' },
  { id: payeeId('p-lee'), name: 'Anna Lee', last4: '7781' },
  { id: payeeId('p-bob'), name: 'Bob Carter', last4: '1209' },
];

function draftWith(fields: Partial<TransferDraft>, kind: TransferDraft['kind'] = 'payee'): TransferDraft {
  return { ...newDraft(customerId('c1'), kind), ...fields };
}

function merge(draft: TransferDraft, slots: Record<string, SlotValue>, accounts = twoSources, locale: Locale = 'en-US') {
  return mergeSlots(draft, { slots, locale, currency: 'USD', payees, accounts });
}

describe('the other account', () => {
  it('is the source not chosen now, by the words Alexa sends or the value Dialogflow sends', () => {
    for (const slot of [{ value: 'the other account', id: 'other' }, { value: 'other' }, { value: 'my other account' }]) {
      const draft = draftWith({ fromId: accountId('chk'), step: 'confirm' });
      expect(merge(draft, { from: slot })).toBeUndefined();
      expect(draft.fromId).toBe('sav');
    }
  });

  it('is understood in German, where "Konto" alone is the Girokonto', () => {
    const draft = draftWith({ fromId: accountId('chk'), step: 'confirm' });
    expect(merge(draft, { from: { value: 'anderen Konto' } }, twoSources, 'de-DE')).toBeUndefined();
    expect(draft.fromId).toBe('sav');
  });

  it('is never the credit card, which money does not come from', () => {
    const draft = draftWith({ fromId: accountId('sav'), step: 'confirm' });
    merge(draft, { account: { value: 'the other account' } });
    expect(draft.fromId).toBe('chk');
  });

  it('is not understood when more than one account could be it, and the source stays', () => {
    const draft = draftWith({ fromId: accountId('chk'), step: 'confirm' });
    expect(merge(draft, { from: { value: 'the other account' } }, threeSources)).toEqual({ kind: 'no-such-choice' });
    expect(draft.fromId).toBe('chk');
  });

  it('chooses nothing when no source was chosen yet among two, and says so', () => {
    const draft = draftWith({ step: 'source' });
    expect(merge(draft, { from: { value: 'the other account' } })).toEqual({ kind: 'none-chosen' });
    expect(draft.fromId).toBeUndefined();
  });

  it('is, as the destination of a move between own accounts, the account neither source nor destination', () => {
    const draft = draftWith({ fromId: accountId('sav'), step: 'target' }, 'own');
    expect(merge(draft, { to: { value: 'other' } })).toBeUndefined();
    expect(draft.toId).toBe('chk');
  });

  it('as a source, is never the account the money goes to', () => {
    const draft = draftWith({ fromId: accountId('chk'), toId: accountId('sav'), step: 'confirm' }, 'own');
    expect(merge(draft, { from: { value: 'the other account' } })).toEqual({ kind: 'no-such-choice' });
    expect(draft.fromId).toBe('chk');
  });
});

describe('the other payee', () => {
  it('is the payee of that name not chosen now', () => {
    const draft = draftWith({ payeeId: payeeId('p-lee'), step: 'confirm' });
    expect(merge(draft, { otherPayee: { value: 'Anna' } })).toBeUndefined();
    expect(draft.payeeId).toBe('p-schmidt');
  });

  it('leaves the choice open when none of that name was chosen yet', () => {
    const draft = draftWith({ candidates: [payeeId('p-schmidt'), payeeId('p-lee')], step: 'choose-payee' });
    expect(merge(draft, { otherPayee: { value: 'Anna' } })).toEqual({ kind: 'none-chosen' });
    expect(draft.payeeId).toBeUndefined();
    expect(draft.candidates).toEqual(['p-schmidt', 'p-lee']);
  });

  it('says the payee chosen is the only one of that name when no other has it, and the payee stays', () => {
    const draft = draftWith({ payeeId: payeeId('p-bob'), step: 'confirm' });
    expect(merge(draft, { otherPayee: { value: 'Bob' } })).toEqual({ kind: 'only-one-named', name: 'Bob Carter' });
    expect(draft.payeeId).toBe('p-bob');
  });
});

describe('the other one, said alone', () => {
  const other = { otherOne: { value: 'the other one', id: 'other' } };
  const annas = [payeeId('p-schmidt'), payeeId('p-lee')];

  it('is the payee not chosen from the two "which one?" offered', () => {
    const draft = draftWith({ payeeId: payeeId('p-lee'), payeeChoices: annas, fromId: accountId('chk'), step: 'confirm' });
    expect(merge(draft, other)).toBeUndefined();
    expect(draft.payeeId).toBe('p-schmidt');
  });

  it('is the payee not chosen before, when "which one?" is asked again', () => {
    const draft = draftWith({ candidates: annas, payeeChoices: annas, payeeBefore: payeeId('p-lee'), offered: annas, step: 'choose-payee' });
    expect(merge(draft, other)).toBeUndefined();
    expect(draft.payeeId).toBe('p-schmidt');
  });

  it('chooses nothing, and says so, while "which one?" waits with none chosen', () => {
    const draft = draftWith({ candidates: annas, payeeChoices: annas, offered: annas, step: 'choose-payee' });
    expect(merge(draft, other)).toEqual({ kind: 'none-chosen' });
    expect(draft.payeeId).toBeUndefined();
  });

  it('of three or more, leaves the rest to choose from, never picks one', () => {
    const draft = draftWith({ payeeId: payeeId('p-lee'), payeeChoices: payees.map((p) => p.id), step: 'source', offered: ['chk', 'sav'] });
    expect(merge(draft, other)).toBeUndefined();
    expect(draft.payeeId).toBeUndefined();
    expect(draft.candidates).toEqual(['p-schmidt', 'p-bob']);
  });

  it('with no payee chosen from a list, is the other source', () => {
    const draft = draftWith({ payeeId: payeeId('p-bob'), fromId: accountId('chk'), accountChoices: { field: 'from', ids: [accountId('chk'), accountId('sav')] }, step: 'confirm' });
    expect(merge(draft, other)).toBeUndefined();
    expect(draft.fromId).toBe('sav');
  });

  it('in a move, is the other destination offered, the credit card among them', () => {
    const draft = draftWith({ fromId: accountId('chk'), toId: accountId('sav'), accountChoices: { field: 'to', ids: [accountId('sav'), accountId('cc')] }, step: 'confirm' }, 'own');
    expect(merge(draft, other)).toBeUndefined();
    expect(draft.toId).toBe('cc');
  });
});
