/** Trusted beneficiaries (the Berlin Group extension) as the customer's payees. */
import type * as z from '../../kit/schema';
import type { BankResult } from '../bank-adapter';
import type { Payee } from '../bank-types';
import { payeeId } from '../../kit/ids';
import { err, ok } from '../../kit/result';
import type { BerlinGroupHttp } from './http';
import type { ConsentLink } from './links';
import { TrustedBeneficiaries, type AccountReference } from './wire';

/** The IBAN of an account reference, written either way. */
export function ibanOf(reference: z.infer<typeof AccountReference>): string {
  return typeof reference === 'string' ? reference : reference.iban;
}

/** One beneficiary, with its IBAN for a payment. */
export interface Beneficiary extends Payee {
  readonly iban: string;
}

/** Lists the beneficiaries the customer trusted in the bank's app. */
export async function listBeneficiaries(http: BerlinGroupHttp, link: ConsentLink): BankResult<readonly Beneficiary[]> {
  const listed = await http.get(link, '/v1/trusted-beneficiaries', TrustedBeneficiaries);
  if (!listed.ok) return err(listed.error);
  return ok(
    listed.value.trustedBeneficiaries.map((b) => {
      const iban = ibanOf(b.creditorAccount).replace(/\s/g, '');
      return { id: payeeId(b.trustedBeneficiaryId), name: b.creditorName, last4: iban.replace(/\D/g, '').slice(-4).padStart(4, '0'), iban };
    }),
  );
}
