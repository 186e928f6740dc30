/** The sandbox bank's sign-in for its demo customers: user names alex, jordan, oliver, lena; password "sandbox". */
import { timingSafeEqual } from 'node:crypto';
import { SEED_CUSTOMERS } from '../../fulfillment/banks/sandbox/seed';
import type { BankCredentials, Customer } from '../../fulfillment/banks/bank-types';
import { customerId } from '../../fulfillment/kit/ids';

/** The demo customers' one password: printed on the sign-in page, demo data only. */
const PASSWORD = Buffer.from('sandbox');

/** The customer and the sandbox's token for them, when the user name and password are right. */
export function sandboxSignIn(userName: string, password: string): { readonly customer: Customer; readonly credentials: BankCredentials } | undefined {
  const given = Buffer.from(password);
  const rightPassword = given.length === PASSWORD.length && timingSafeEqual(given, PASSWORD);
  const seed = SEED_CUSTOMERS.find((s) => s.firstName.toLowerCase() === userName.trim().toLowerCase());
  if (!seed || !rightPassword) return undefined;
  return { customer: { id: customerId(seed.id), firstName: seed.firstName }, credentials: { token: seed.accessToken } };
}
