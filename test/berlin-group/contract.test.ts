/** The bank adapter contract on the Berlin Group adapter, over the nock bank. */
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import { describeBankAdapterContract } from '../contract/bank-adapter.contract';
import { berlinGroupBank, BG_TOKEN, healthyBank, lockDown } from '../support/berlin-group-bank';

beforeAll(lockDown);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

// Payments, payees, approvals, cards and alerts are not offered by this adapter yet: the contract
// asserts each is absent, so the core answers "I can't do that with this bank yet".
describeBankAdapterContract('berlin-group over nock', async () => {
  healthyBank();
  return {
    adapter: berlinGroupBank(),
    token: BG_TOKEN,
    unknownToken: 'link-nobody-0000000000000000',
    capabilities: ['transactions'],
    nextKey: () => randomUUID(),
  };
});
