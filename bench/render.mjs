// Prints how long rendering the seed article's card takes in Chromium (a script, not a
// test): `bash scripts/build.sh && node bench/render.mjs [runs]`. Target: under 8 ms.
// "render" is the synchronous render() call: analysis of the text, the view tree, the DOM
// nodes; "+ layout" also forces style and layout of the drawn card.
import { start } from "../tests/e2e/browser.mjs";

const runs = Number(process.argv[2] ?? 60);
const env = await start();
try {
  const page = await env.page("/bench/render.html");
  const result = await page.evaluate(async (runs) => {
    const { default: init, render, analyze } = await import("/pkg/article-card.js");
    await init();
    const seed = await (await fetch("/www/seed-article.txt")).text();
    const host = document.getElementById("host");
    const once = () => {
      const t0 = performance.now();
      const handle = render(seed, host);
      const t1 = performance.now();
      void host.shadowRoot.querySelector(".ac-card").offsetHeight;
      const t2 = performance.now();
      const counts = { quotes: handle.data.quotes.length, dates: handle.data.dates.length, entities: handle.data.entities.length };
      handle.destroy();
      return [t1 - t0, t2 - t0, counts];
    };
    for (let i = 0; i < 10; i++) once(); // warm up
    const render_ = [], layout = [], analysis = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      analyze(seed);
      analysis.push(performance.now() - t0);
    }
    let counts;
    for (let i = 0; i < runs; i++) {
      const [a, b, c] = once();
      render_.push(a); layout.push(b); counts = c;
    }
    const stats = (xs) => {
      xs.sort((x, y) => x - y);
      const q = (p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
      return { median: q(0.5), p90: q(0.9), min: xs[0] };
    };
    return { analyze: stats(analysis), render: stats(render_), layout: stats(layout), counts, words: seed.split(/\s+/).length };
  }, runs);
  const f = (s) => `median ${s.median.toFixed(2)} ms, p90 ${s.p90.toFixed(2)} ms, min ${s.min.toFixed(2)} ms`;
  console.log(`seed article (${result.words} words; ${result.counts.quotes} quotes, ${result.counts.dates} dates, ${result.counts.entities} entities), ${runs} runs`);
  console.log(`analyze only:    ${f(result.analyze)}`);
  console.log(`render:          ${f(result.render)}`);
  console.log(`render + layout: ${f(result.layout)}`);
  console.log(result.render.median < 8 ? "under the 8 ms target" : "OVER the 8 ms target");
} finally {
  await env.close();
}
