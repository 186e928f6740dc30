/** The bank adapter contract on the Berlin Group adapter, over the nock bank. */
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import { describeBankAdapterContract } from '../contract/bank-adapter.contract';
import { berlinGroupBank, BG_OAUTH, BG_SESSION, healthyBank, lockDown } from '../support/berlin-group-bank';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

// Cards and fraud alerts are not part of NextGenPSD2: the contract asserts both absent, so the
// core answers "I can't do that with this bank yet".
describeBankAdapterContract('berlin-group over nock', async () => {
  const bank = healthyBank();
  return {
    adapter: berlinGroupBank(),
    link: BG_SESSION,
    unknownLink: { ...BG_SESSION, credentials: { token: BG_OAUTH } },
    capabilities: ['transactions', 'payees', 'transfers', 'approvals'],
    approve: async (approvalId) => bank.decide(approvalId, 'finalised'),
    nextKey: () => randomUUID(),
  };
});
