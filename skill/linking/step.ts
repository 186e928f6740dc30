/**
 * What the linking pages' steps share: the request and its interaction, the words of its locale,
 * the page helpers, and what one step leaves for the next (kept in the StateStore under the
 * interaction's id, read back through its schema: the new link's id and the way to the bank,
 * never a token or a PIN).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import * as z from '../../fulfillment/kit/schema';
import { readStored } from '../../fulfillment/kit/stored';
import type { BerlinGroupHttp } from '../../fulfillment/banks/berlin-group/http';
import type { Clock } from '../../fulfillment/kit/clock';
import type { Records } from '../../fulfillment/records/records';
import type { Sql } from '../../fulfillment/records/sql/database';
import type { StateStore } from '../../fulfillment/state/state-store';
import type { BankOAuthClient } from './bank-oauth';
import type { LinkingClient } from './clients';
import type { PageText } from './pages/page-text';

/** The bank behind the sign-in. */
export type LinkingBank =
  | { readonly kind: 'sandbox' }
  | {
      readonly kind: 'berlin-group';
      readonly http: BerlinGroupHttp;
      readonly baseUrl: string;
      readonly consentDays: number;
      readonly perDay: number;
      /** The skill as a client of the bank's OAuth server, for banks that authorise consents that way. */
      readonly oauth?: BankOAuthClient;
    };

/** What the pages work with. */
export interface InteractionOptions {
  readonly provider: Provider;
  readonly mountPath: string;
  readonly publicUrl: string;
  readonly sql: Sql;
  readonly records: Records;
  readonly store: StateStore;
  readonly clock: Clock;
  readonly clients: readonly LinkingClient[];
  readonly resources: Readonly<Record<LinkingClient['resource'], string>>;
  readonly bank: LinkingBank;
  /** The CSP form-action sources: 'self' and the clients' redirect origins. */
  readonly formAction: string;
}

/** What waits between two steps of one interaction. */
const PendingSchema = z.object({
  linkId: z.optional(z.string()),
  scaRedirect: z.optional(z.string()),
  /** The OAuth2 SCA approach: where the bank's code is redeemed, and the PKCE verifier for it. */
  bankOAuth: z.optional(z.object({ tokenEndpoint: z.string(), verifier: z.string() })),
  /** The bank's step is done: the sandbox's sign-in, or a consent the bank called valid. */
  bankDone: z.optional(z.boolean()),
});

/** What waits between two steps. */
export type Pending = z.infer<typeof PendingSchema>;

/** An interaction's pending state: read, written, forgotten. */
export interface PendingState {
  read(uid: string): Promise<Pending>;
  write(uid: string, value: Pending): Promise<void>;
  forget(uid: string): Promise<void>;
}

const PENDING_SECONDS = 30 * 60;

/** The pending state in the StateStore, for as long as an interaction lives. */
export function pendingState(store: StateStore): PendingState {
  const key = (uid: string) => `linking:${uid}`;
  return {
    read: async (uid) => {
      const raw = await store.get(key(uid));
      return (raw && readStored(raw, PendingSchema)) || {};
    },
    write: (uid, value) => store.set(key(uid), JSON.stringify(value), PENDING_SECONDS),
    forget: (uid) => store.delete(key(uid)),
  };
}

/** One request to a step. */
export interface StepContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly uid: string;
  /** The interaction's path: {mount}/interaction/{uid}. */
  readonly base: string;
  readonly method: string;
  readonly step: string;
  readonly t: PageText;
  readonly clientId: string;
  readonly client: LinkingClient;
  readonly details: Awaited<ReturnType<Provider['interactionDetails']>>;
  show(status: number, body: string, error?: string, title?: string): void;
  see(location: string): void;
  firstPage(error?: string, status?: number): void;
}

const FORM_LIMIT = 4096;

/** Reads a small urlencoded form; a larger one is refused (413). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > FORM_LIMIT) throw Object.assign(new Error('form too large'), { status: 413 });
  }
  return new URLSearchParams(body);
}
