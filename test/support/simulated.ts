/** A typed conversation against a test skill, through its real HTTP endpoints via supertest. */
import type { Locale } from '../../fulfillment/kit/locale';
import type { SimulatedPlatform } from '../../skill/simulator/understand';
import { Conversation } from '../../skill/simulator/conversation';
import { payeeValues } from '../../skill/simulator/dynamic-values';
import { localUnderstanding, type LocalUnderstanding } from '../../skill/simulator/understand';
import { TEST_NOW, type TestSkill } from './harness';

let trained: LocalUnderstanding | undefined;

/** The local understanding, one per test file; each platform and locale trains at its first use. */
export function understanding(): LocalUnderstanding {
  return (trained ??= localUnderstanding());
}

/** Starts a conversation with a test skill on one platform, dates read at the skill's clock. */
export async function converse(skill: TestSkill, platform: SimulatedPlatform, locale: Locale, token?: string, now: string = TEST_NOW): Promise<Conversation> {
  return new Conversation({
    platform,
    locale,
    ...(token ? { token } : {}),
    understanding: understanding(),
    session: payeeValues(platform, skill.sandbox.control.books(token ?? '')?.payees ?? []),
    now: () => new Date(now),
    send: async (p, body) => {
      const res = await skill.post(`/${p}`, body);
      if (res.status !== 200) throw new Error(`${p} answered HTTP ${res.status}: ${res.text}`);
      return res.body as Record<string, unknown>;
    },
  });
}
