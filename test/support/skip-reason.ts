/**
 * Prints why tests are skipped. Straight to standard error, not through `console`: jest's reporter
 * leaves out the console output of a file whose tests were all skipped when it runs more than one
 * file, so a reason sent through `console` never showed in a whole run.
 */
export function printSkip(reason: string): void {
  process.stderr.write(`${reason}\n`);
}
