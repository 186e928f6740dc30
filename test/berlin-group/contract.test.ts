/** The bank adapter contract on the Berlin Group adapter, over the nock bank. */
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import { describeBankAdapterContract } from '../contract/bank-adapter.contract';
import { berlinGroupBank, BG_TOKEN, healthyBank, lockDown } from '../support/berlin-group-bank';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

// Cards and fraud alerts are not part of NextGenPSD2: the contract asserts both absent, so the
// core answers "I can't do that with this bank yet".
describeBankAdapterContract('berlin-group over nock', async () => {
  const bank = healthyBank();
  return {
    adapter: berlinGroupBank(),
    token: BG_TOKEN,
    unknownToken: 'link-nobody-0000000000000000',
    capabilities: ['transactions', 'payees', 'transfers', 'approvals'],
    approve: async (approvalId) => bank.decide(approvalId, 'finalised'),
    nextKey: () => randomUUID(),
  };
});
