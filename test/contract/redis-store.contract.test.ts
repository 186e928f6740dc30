import { testRedisStore } from '../support/redis';
import { describeWith } from '../support/services';
import { describeStateStoreContract } from './state-store.contract';

describeStateStoreContract(
  'redis',
  async () => {
    const got = await testRedisStore();
    return {
      store: got.store,
      prefix: '',
      advance: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
      close: () => got.store.close(),
    };
  },
  describeWith('redis'),
);
