/**
 * The question a conversation is waiting on. Each feature that asks something adds a variant
 * here and a flow for it in flows.ts; the variant holds ids and step names, and lives only in
 * the StateStore.
 */
export type Awaiting = { readonly kind: 'anything-else' };

/** The kinds of open question. */
export type AwaitingKind = Awaiting['kind'];
