/** What every baseline says: the balance sentence our skill speaks for the demo customer. */
export const BALANCE_SPEECH =
  'Your checking account has $2,450.17, your savings account has $12,800.00, and your credit card balance is $612.40. Is there anything else?';

/** The port a bench server listens on, from PORT. */
export const benchPort = () => Number(process.env.PORT ?? '0');
