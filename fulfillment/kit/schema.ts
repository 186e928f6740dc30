/**
 * zod for every schema the skill runs: zod's mini build, whose checks are plain functions
 * (`z.string().check(z.maxLength(200))`), re-exported one by one so that a bundle takes in only
 * the checks it uses. Import it as a namespace (`import * as z from './schema'`): a namespace
 * object passed on as a value would keep all of zod, its 60 locales included, in every bundle.
 * Messages are zod's English ones.
 */
import { en } from 'zod/locales';
import { config, maxLength, minLength, string, type ZodMiniString } from 'zod/mini';

config(en());

export * from 'zod/mini';

/** A string of at least one character. */
export const nonEmpty = string().check(minLength(1));

/** A string of at most `max` characters, and at least `min`: the check most fields need. */
export function text(max: number, min = 0): ZodMiniString {
  return min > 0 ? string().check(minLength(min), maxLength(max)) : string().check(maxLength(max));
}
