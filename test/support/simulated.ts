/** A typed conversation against a test skill, through its real HTTP endpoints via supertest. */
import type { Locale } from '../../fulfillment/kit/locale';
import type { Platform } from '../../fulfillment/kit/platform';
import { Conversation } from '../../skill/simulator/conversation';
import { withPayees } from '../../skill/simulator/dynamic-values';
import { trainUnderstanding, type LocalUnderstanding } from '../../skill/simulator/understand';
import type { TestSkill } from './harness';

let trained: Promise<LocalUnderstanding> | undefined;

/** The local understanding, trained once per test file. */
export function understanding(): Promise<LocalUnderstanding> {
  return (trained ??= trainUnderstanding());
}

/** Starts a conversation with a test skill on one platform. */
export async function converse(skill: TestSkill, platform: Platform, locale: Locale, token?: string): Promise<Conversation> {
  return new Conversation({
    platform,
    locale,
    ...(token ? { token } : {}),
    understanding: await understanding(),
    types: withPayees(skill.sandbox.control.books(token ?? '')?.payees ?? []),
    send: async (p, body) => {
      const res = await skill.post(`/${p}`, body);
      if (res.status !== 200) throw new Error(`${p} answered HTTP ${res.status}: ${res.text}`);
      return res.body as Record<string, unknown>;
    },
  });
}
