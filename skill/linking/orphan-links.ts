/**
 * Ends links that no token points to: a customer who passed the bank's step and then closed the
 * browser leaves a live link (and, with Berlin Group, a valid consent at the bank) that no
 * client will ever use or revoke. Such a link is older than any interaction may last and has no
 * grant, code or token at the linking server.
 */
import type { Sql } from '../../fulfillment/records/sql/database';
import { endLink, type LinkEnding } from './end-link';

/** Well past the longest a linking can take (the provider's interactions last 30 minutes). */
const ORPHAN_AFTER_MINUTES = 120;
/** Links ended per sweep, so one sweep stays short. */
const PER_SWEEP = 100;

/** Ends the live links without any grant, code or token; returns how many. */
export async function sweepOrphanLinks(deps: LinkEnding & { readonly sql: Sql }): Promise<number> {
  const rows = await deps.sql.query<{ link_id: string }>(
    `select l.link_id from links l
      where l.unlinked_at is null
        and l.created_at < $1::timestamptz - make_interval(mins => $2)
        and not exists (select 1 from oidc_payloads p where p.account_id = l.link_id)
      limit ${PER_SWEEP}`,
    [deps.clock.now().toISOString(), ORPHAN_AFTER_MINUTES],
  );
  let ended = 0;
  for (const { link_id } of rows) if (await endLink(deps, link_id, 'abandoned')) ended += 1;
  return ended;
}
