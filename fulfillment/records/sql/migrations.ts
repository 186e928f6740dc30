/**
 * The records' schema, as plain SQL in order. One list for PostgreSQL and PGlite, kept in
 * TypeScript strings so that tsx, ts-jest and the bundles carry it without a file loader. An
 * applied migration is never edited: a change is a new entry at the end.
 */

/** One step of the schema. */
export interface Migration {
  readonly id: string;
  readonly sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: '0001_links_pins_audit',
    sql: `
      -- One row per account link. secrets holds the bank's tokens sealed with AES-256-GCM
      -- (records/secret-box.ts): "v1.<key id>.<iv>.<tag>.<ciphertext>", bound to link_id.
      create table links (
        link_id             text        primary key,
        customer_id         text        not null,
        first_name          text        not null,
        bank                text        not null,
        client_id           text        not null,
        secrets             text        not null,
        consent_valid_until date,
        created_at          timestamptz not null default now(),
        unlinked_at         timestamptz,
        unlink_reason       text
      );
      create index links_live on links (customer_id, client_id) where unlinked_at is null;

      -- Voice PINs as scrypt hashes (records/pin-hash.ts), never the PIN.
      create table pin_enrolments (
        customer_id text        primary key,
        pin_hash    text        not null,
        updated_at  timestamptz not null default now()
      );

      -- The audit trail: ids and amounts, never account numbers, PINs or tokens. Append-only.
      create table audit_events (
        seq          bigint      generated always as identity primary key,
        at           timestamptz not null,
        customer_id  text        not null,
        action       text        not null,
        outcome      text        not null,
        reference    text,
        amount_minor bigint,
        currency     text,
        target       text,
        platform     text,
        client       text
      );
      create index audit_events_customer on audit_events (customer_id, seq);
      create function audit_events_refuse_change() returns trigger language plpgsql as $$
        begin raise exception 'audit_events is append-only'; end $$;
      create trigger audit_events_no_update before update or delete on audit_events
        for each row execute function audit_events_refuse_change();
      create trigger audit_events_no_truncate before truncate on audit_events
        for each statement execute function audit_events_refuse_change();
    `,
  },
  {
    id: '0002_oidc_payloads',
    sql: `
      -- What the authorization server stores (skill/linking/oidc-adapter.ts): codes, tokens, grants,
      -- sessions, interactions. Token rows are keyed by sha256 of the token, never the token.
      create table oidc_payloads (
        model       text        not null,
        id          text        not null,
        payload     jsonb       not null,
        grant_id    text,
        account_id  text,
        client_id   text,
        uid         text,
        user_code   text,
        expires_at  timestamptz,
        consumed_at timestamptz,
        primary key (model, id)
      );
      create index oidc_payloads_grant   on oidc_payloads (grant_id) where grant_id is not null;
      create index oidc_payloads_account on oidc_payloads (account_id) where account_id is not null;
      create index oidc_payloads_uid     on oidc_payloads (model, uid) where uid is not null;
      create index oidc_payloads_expiry  on oidc_payloads (expires_at) where expires_at is not null;
    `,
  },
];
