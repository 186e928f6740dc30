/**
 * The Berlin Group recorder keeps no account or card number a bank sends: IBANs whole or in
 * groups, domestic account numbers, card numbers and the bank's account ids become stable
 * pseudonyms, the same in every body and path, so a recording still replays.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recordingFetch } from '../../skill/banks/bank-recorder';

const ACCOUNTS = {
  accounts: [
    {
      resourceId: '3dc3d5b3-7023-4848-9853-f5400a64e80f',
      iban: 'DE89370400440532013000',
      bban: '370400440532013000',
      currency: 'EUR',
      name: 'Girokonto',
    },
  ],
};
const TRANSACTIONS = {
  transactions: {
    booked: [
      { transactionId: 't-1', bookingDate: '2026-11-01', transactionAmount: { amount: '-950.00', currency: 'EUR' }, remittanceInformationUnstructured: 'Miete Ref DE02 1203 0000 0000 2020 51 Karte 4111 1111 1111 1111' },
      { transactionId: 't-2', bookingDate: '2026-11-02', transactionAmount: { amount: '-12.50', currency: 'EUR' }, remittanceInformationUnstructured: 'Karte 4111111111111111 am 2026-11-02' },
    ],
  },
};

it('writes no IBAN, account number, card number or account id of the bank, and the same pseudonym wherever one recurs', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-recorder-'));
  const bank: typeof fetch = async (input) => {
    const url = String(input);
    return new Response(JSON.stringify(url.endsWith('/transactions?bookingStatus=booked') ? TRANSACTIONS : ACCOUNTS), { status: 200 });
  };
  const recording = recordingFetch(dir, ['consent-77'], bank);
  await recording('https://bank.example/v1/accounts?withBalance=true');
  await recording('https://bank.example/v1/accounts/3dc3d5b3-7023-4848-9853-f5400a64e80f/transactions?bookingStatus=booked');
  const recorded = readFileSync(path.join(dir, 'berlin-group.jsonl'), 'utf8');
  for (const secret of ['DE89370400440532013000', '370400440532013000', 'DE02 1203', '1203000000002020', '4111', '3dc3d5b3']) expect(recorded).not.toContain(secret);
  const [accounts, transactions] = recorded.trim().split('\n').map((l) => JSON.parse(l) as { path: string; responseBody: unknown });
  // The account id the list names is the one the next path asks for.
  expect(accounts?.responseBody).toMatchObject({ accounts: [{ resourceId: 'recorded-account-1' }] });
  expect(transactions?.path).toBe('/v1/accounts/recorded-account-1/transactions?bookingStatus=booked');
  // The card number written whole and in groups is one pseudonym; names, amounts and dates stay.
  const texts = (transactions?.responseBody as typeof TRANSACTIONS).transactions.booked.map((t) => t.remittanceInformationUnstructured);
  const [first, second] = texts.map((t) => /Karte (\d+)/.exec(t)?.[1]);
  expect(first).toBe(second);
  expect(texts[0]).toMatch(/^Miete Ref XX00RECORDED\d{10} Karte \d{16}$/);
  expect(texts[1]).toMatch(/am 2026-11-02$/);
  expect(recorded).toContain('-950.00');
});

it("writes no BBAN with letters, IBAN glued to other text, number in dashed groups or account id named only in a link, and keeps dates", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-recorder-'));
  const body = {
    accounts: [{ resourceId: 'acc-1', bban: 'BARC12345612345678', currency: 'GBP', _links: { balances: { href: '/v1/accounts/3dc3d5b3-7023-4848-9853-f5400a64e333/balances' } } }],
    note: 'REF/DE89370400440532013000_X card 4111-1111-1111-1111 booked 2026-11-02T10:15:00 IBAN DE02-1203-0000-0000-2020-51',
  };
  const recording = recordingFetch(dir, [], async () => new Response(JSON.stringify(body), { status: 200 }));
  await recording('https://bank.example/v1/accounts?withBalance=true');
  const recorded = readFileSync(path.join(dir, 'berlin-group.jsonl'), 'utf8');
  for (const secret of ['BARC1234', 'DE89370400440532013000', '4111', '3dc3d5b3', 'DE02-1203']) expect(recorded).not.toContain(secret);
  expect(recorded).toContain('2026-11-02T10:15:00');
});
