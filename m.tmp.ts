import { localUnderstanding } from './skill/simulator/understand';
(async () => {
  const t0 = performance.now();
  const nlu = localUnderstanding();
  await nlu.warmUp();
  const t1 = performance.now();
  await nlu.understand('what is my balance', 'alexa', 'en-US');
  await nlu.understand('wie ist mein kontostand', 'dialogflow', 'de-DE');
  const t2 = performance.now();
  console.log(JSON.stringify({ trainAllMs: Math.round(t1 - t0), firstUnderstandMs: Math.round(t2 - t1), rssMb: Math.round(process.memoryUsage().rss / 1e6) }));
})();
