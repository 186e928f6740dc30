/**
 * The shape of "Okay, $60.00. To Anna Lee." in every locale: the amount in a sentence of its
 * own (so discreet mode can drop it), then where the money goes and comes from.
 */
export function okayChanged(amount: string | undefined, where: readonly (string | undefined)[]): string {
  const places = where.filter(Boolean).join(' ');
  if (!amount) return places ? `Okay, ${places}.` : '';
  return places ? `Okay, ${amount}. ${places[0]!.toUpperCase()}${places.slice(1)}.` : `Okay, ${amount}.`;
}
