/** Types for the one talisman module the skill uses. */
declare module 'talisman/phonetics/double-metaphone' {
  /** Primary and secondary double metaphone codes of a word. */
  export default function doubleMetaphone(word: string): [string, string];
}
