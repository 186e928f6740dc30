import { accountsSpeech } from '../../fulfillment/accounts/speech';
import type { Account } from '../../fulfillment/banks/bank-types';
import { accountId } from '../../fulfillment/kit/ids';
import { money } from '../../fulfillment/kit/money';

const account = (kind: Account['kind'], minor: number, currency: 'USD' | 'GBP' | 'EUR'): Account => ({ id: accountId(`acc-${kind}`), kind, name: kind, last4: '4321', balance: money(minor, currency) });

describe('"am I overdrawn?"', () => {
  it('says yes first, and by how much, when an account is below zero', () => {
    const checking = account('checking', -4550, 'USD');
    expect(accountsSpeech('en-US').overdrawnAnswer([checking], [checking, account('savings', 100, 'USD')], false)).toBe('Yes, your checking account is overdrawn by $45.50.');
    const current = account('checking', -4550, 'GBP');
    expect(accountsSpeech('en-GB').overdrawnAnswer([current], [current], false)).toBe('Yes, your current account is overdrawn by £45.50.');
    const giro = account('checking', -4550, 'EUR');
    expect(accountsSpeech('de-DE').overdrawnAnswer([giro], [giro], false)).toBe('Ja, dein Girokonto ist um 45,50\u00a0€ überzogen.');
  });

  it('says yes with no amount in discreet mode', () => {
    const checking = account('checking', -4550, 'USD');
    expect(accountsSpeech('en-US').overdrawnAnswer([checking], [checking], true)).toBe('Yes, your checking account is overdrawn.');
    expect(accountsSpeech('de-DE').overdrawnAnswer([account('checking', -1, 'EUR')], [], true)).toBe('Ja, dein Girokonto ist überzogen.');
  });
});
