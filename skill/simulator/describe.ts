/** One line that says how a typed line was understood, for the chat and the web page. */
import type { Understanding } from './understand';

/** "TransferIntent 0.93 amount=60 payee=Anna Lee" (a PIN shown as ****). */
export function describeUnderstanding(u: Understanding): string {
  const slots = Object.entries(u.slots).map(([name, f]) => {
    const shown = u.slotTypes[name] === 'AMAZON.FOUR_DIGIT_NUMBER' || u.slotTypes[name] === '@sys.number-sequence' ? '****' : (f.id ?? f.timex ?? f.value ?? f.text);
    return `${name}=${shown}${f.currency ? ` ${f.currency}` : ''}`;
  });
  return [u.platformIntent, u.score.toFixed(2), ...slots].join(' ');
}
