/** Words for turning a preference on and off, per locale. */
import type { Locale } from '../../locale';

/** On or off, for preferences such as discreet mode. */
export type Switch = 'on' | 'off';

/** Words for on and off: matched against heard slot text and compiled into the interaction model. */
export const SWITCH_WORDS: Readonly<Record<Locale, Readonly<Record<Switch, readonly string[]>>>> = {
  'en-US': { on: ['on', 'turn on', 'switch on', 'enable', 'start', 'activate'], off: ['off', 'turn off', 'switch off', 'disable', 'stop', 'deactivate'] },
  'en-GB': { on: ['on', 'turn on', 'switch on', 'enable', 'start', 'activate'], off: ['off', 'turn off', 'switch off', 'disable', 'stop', 'deactivate'] },
  'de-DE': { on: ['an', 'ein', 'einschalten', 'anschalten', 'aktivieren'], off: ['aus', 'ausschalten', 'abschalten', 'deaktivieren', 'beenden'] },
};
