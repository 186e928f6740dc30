import { testRedisStore } from '../support/redis';
import { describeStateStoreContract } from './state-store.contract';

describeStateStoreContract('redis', async () => {
  const got = await testRedisStore();
  if (typeof got === 'string') return got;
  return {
    store: got.store,
    prefix: '',
    advance: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
    close: () => got.store.close(),
  };
});
