/** Voice PIN enrolment in SQL: one scrypt hash per customer. */
import type { PinEnrolment } from '../pin-directory';
import type { Sql } from './database';

/** The pin_enrolments table. */
export function sqlPinEnrolment(sql: Sql): PinEnrolment {
  return {
    hashFor: async (customer) => (await sql.query<{ pin_hash: string }>('select pin_hash from pin_enrolments where customer_id = $1', [customer]))[0]?.pin_hash,
    async enrol(customer, hash) {
      await sql.query(
        `insert into pin_enrolments (customer_id, pin_hash) values ($1, $2)
         on conflict (customer_id) do update set pin_hash = excluded.pin_hash, updated_at = now()`,
        [customer, hash],
      );
    },
  };
}
