// Runs in a plain node child process, as Lambda would: loads the bundle, invokes its handler
// with each event read from stdin (a JSON array), and prints the answers and the timings.
const { performance } = require('node:perf_hooks'); // eslint-disable-line @typescript-eslint/no-require-imports
const started = performance.now();
const { handler } = require(process.argv[2]); // eslint-disable-line @typescript-eslint/no-require-imports
const loaded = performance.now();

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const answers = [];
  let firstInvokeMs;
  for (const event of JSON.parse(input)) {
    const before = performance.now();
    try {
      answers.push({ ok: true, response: await handler(event) });
    } catch (error) {
      answers.push({ ok: false, error: error.message });
    }
    firstInvokeMs ??= performance.now() - before;
  }
  process.stdout.write(JSON.stringify({ answers, requireMs: loaded - started, firstInvokeMs }));
});
