/** Branded ids: strings the compiler keeps apart from each other, and how a stored one is read back. */
import * as z from './schema';

/** A nominal type: a string that the compiler keeps apart from other strings. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

/** The bank's identifier of a customer. */
export type CustomerId = Brand<string, 'CustomerId'>;
/** The bank's identifier of one of the customer's accounts. */
export type AccountId = Brand<string, 'AccountId'>;
/** The bank's identifier of a payee (a beneficiary the customer added in the bank's app). */
export type PayeeId = Brand<string, 'PayeeId'>;
/** The bank's identifier of a card. */
export type CardId = Brand<string, 'CardId'>;
/** The bank's identifier of a transaction. */
export type TransactionId = Brand<string, 'TransactionId'>;
/** The bank's identifier of a fraud alert. */
export type AlertId = Brand<string, 'AlertId'>;

/** Brands a string as a customer id. */
export const customerId = (s: string): CustomerId => s as CustomerId;
/** Brands a string as an account id. */
export const accountId = (s: string): AccountId => s as AccountId;
/** Brands a string as a payee id. */
export const payeeId = (s: string): PayeeId => s as PayeeId;
/** Brands a string as a card id. */
export const cardId = (s: string): CardId => s as CardId;
/** Brands a string as a transaction id. */
export const transactionId = (s: string): TransactionId => s as TransactionId;
/** Brands a string as an alert id. */
export const alertId = (s: string): AlertId => s as AlertId;

/** A stored id read back as its branded type: the string checked, then branded. */
export const idSchema = <B extends string>(brand: (s: string) => Brand<string, B>) => z.pipe(z.string().check(z.minLength(1), z.maxLength(512)), z.transform(brand));
