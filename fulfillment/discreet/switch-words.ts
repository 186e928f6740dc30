/** Words for turning a preference on and off, per locale. */
import type { Locale } from '../kit/locale';

/** On or off, for preferences such as discreet mode. */
export type Switch = 'on' | 'off';

/**
 * Words for on and off: matched against heard slot text and compiled into the interaction model.
 * "start", "stop" and "beenden" are left out: alone they mean the platform's own intents.
 */
export const SWITCH_WORDS: Readonly<Record<Locale, Readonly<Record<Switch, readonly string[]>>>> = {
  'en-US': { on: ['on', 'turn on', 'switch on', 'enable', 'activate'], off: ['off', 'turn off', 'switch off', 'disable', 'deactivate'] },
  'en-GB': { on: ['on', 'turn on', 'switch on', 'enable', 'activate'], off: ['off', 'turn off', 'switch off', 'disable', 'deactivate'] },
  'de-DE': { on: ['an', 'ein', 'einschalten', 'anschalten', 'aktivieren'], off: ['aus', 'ausschalten', 'abschalten', 'deaktivieren'] },
};
