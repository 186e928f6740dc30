/**
 * The sandbox's demo tokens ("demo", "demo-2", "demo-gb", "demo-de") as account links, so that
 * development, the tests and the README's curl need no linking. Each demo token is also the
 * sandbox bank's own token for its customer; the same with ".read" ("demo.read") links the
 * customer with the reading scope alone, so its calls reach a bank that moves no money.
 * Production resolves them only with SANDBOX_IN_PRODUCTION=yes (skill/core-runtime.ts).
 */
import { SEED_CUSTOMERS } from '../../fulfillment/banks/sandbox/seed';
import { customerId } from '../../fulfillment/kit/ids';
import { fixedLinks, LINK_SCOPES, READ_SCOPE, type LinkDirectory } from '../../fulfillment/records/link-directory';

/** The suffix of a demo token that may only read. */
export const READ_ONLY_SUFFIX = '.read';

/** Every demo token, linked to its seeded customer with every scope, and its ".read" twin with the reading scope. */
export function demoLinks(): LinkDirectory {
  return fixedLinks(
    Object.fromEntries(
      SEED_CUSTOMERS.flatMap((s) => {
        const link = { customer: { id: customerId(s.id), firstName: s.firstName }, credentials: { token: s.accessToken } };
        return [
          [s.accessToken, { ...link, scopes: LINK_SCOPES }],
          [`${s.accessToken}${READ_ONLY_SUFFIX}`, { ...link, scopes: [READ_SCOPE] }],
        ];
      }),
    ),
  );
}
