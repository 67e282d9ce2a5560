// Cost of rendering 1,000 <alima-stat-card> elements in headless Chromium,
// against the same figures as plain static HTML and CSS, in the same run.
// Target (components issue): components ≤ 3× static HTML. Each sample puts
// the markup in the page and waits until it is rendered and laid out; the
// CDN bundle is loaded once beforehand (its download and parse are not counted).
//
//   npm run build -w @alima/components && node bench/components-render.js [--samples 15]
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '@alima/test-browser';
import { table } from './lib/measure.js';

const CARDS = 1000;
const BUDGET = 3;
const samplesFlag = process.argv.indexOf('--samples');
const SAMPLES = samplesFlag > 0 ? Number(process.argv[samplesFlag + 1]) : 15;
const bundleFile = fileURLToPath(
  new URL('../packages/components/dist/cdn/alima-components.js', import.meta.url),
);
if (!existsSync(bundleFile)) {
  console.error('The CDN bundle is missing: run `npm run build -w @alima/components` first.');
  process.exit(1);
}

/** The figures both variants show: the same numbers, labels and sources. */
const figures = Array.from({ length: CARDS }, (_, index) => ({
  value: 1000 + index * 20_251,
  label: index % 2 ? 'people face food insecurity' : 'children treated for acute malnutrition',
  source: `World Bank ${2000 + (index % 25)}`,
}));

const components = figures
  .map(
    ({ value, label, source }) =>
      `<alima-stat-card value="${value}" label="${label}" source="${source}"></alima-stat-card>`,
  )
  .join('');

// What the card renders, written by hand: the number formatted by Intl on the server side.
// Four-digit numbers stay ungrouped, as the card writes them ('min2').
const format = new Intl.NumberFormat('en', { useGrouping: 'min2' });
const staticHtml = figures
  .map(
    ({ value, label, source }) =>
      `<div class="card"><p><span class="value">${format.format(value)}</span><span class="label">${label}</span><span class="source">Source: ${source}</span></p></div>`,
  )
  .join('');

const staticCss = `
  .card p { display: flex; flex-direction: column; gap: 0.25rem; margin: 0; padding: 1rem;
    border: 1px solid transparent; border-inline-start: 0.25rem solid #74747b; background: #f6f6f7; }
  .card .value { color: #2a2a2e; font-size: 1.953rem; font-weight: 700; line-height: 1.2; }
  .card .label { font-size: 1rem; line-height: 1.35; }
  .card .source { color: #56565c; font-size: 0.8rem; }`;

/** In the page: renders `markup`, waits for every Lit update and a layout, returns milliseconds. */
async function renderOnce(page, markup) {
  return page.evaluate(async (html) => {
    const root = document.getElementById('root');
    root.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve));
    const start = performance.now();
    root.innerHTML = html;
    await Promise.all([...root.children].map((element) => element.updateComplete));
    void root.offsetHeight;
    return performance.now() - start;
  }, markup);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
try {
  const page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html lang="en"><head><style>${staticCss}</style></head><body><main id="root"></main></body></html>`,
  );
  await page.addScriptTag({ content: readFileSync(bundleFile, 'utf8'), type: 'module' });
  await page.evaluate(() => customElements.whenDefined('alima-stat-card'));

  const times = { static: [], components: [] };
  // Warm-up, then alternate so both variants see the same machine state.
  await renderOnce(page, staticHtml);
  await renderOnce(page, components);
  for (let sample = 0; sample < SAMPLES; sample++) {
    times.static.push(await renderOnce(page, staticHtml));
    times.components.push(await renderOnce(page, components));
  }
  // The cards must have rendered and been styled (the bundle's CSS is minified at build).
  const rendered = await page.evaluate(() => {
    const base = document.querySelector('alima-stat-card')?.shadowRoot?.querySelector('[part="base"]');
    return base ? `${base.textContent?.trim()} | padding ${getComputedStyle(base).padding}` : undefined;
  });
  if (!rendered?.includes('1000') || !rendered.includes('padding 16px')) {
    throw new Error(`The cards did not render as expected (first card: ${rendered})`);
  }

  const staticMs = median(times.static);
  const componentMs = median(times.components);
  // Each pair ran back to back, so its ratio is immune to load that drifts during the run (the CPU is shared).
  const ratio = median(times.components.map((ms, sample) => ms / times.static[sample]));
  console.log(`${CARDS} stat cards, ${SAMPLES} back-to-back pairs, Chromium ${browser.version()}\n`);
  console.log(
    table(
      ['Variant', 'Median (ms)', 'Median ratio of pairs'],
      [
        ['plain static HTML + CSS', staticMs.toFixed(1), '1.00'],
        ['`<alima-stat-card>` (CDN bundle)', componentMs.toFixed(1), ratio.toFixed(2)],
      ],
    ),
  );
  console.log(`\nBudget: ≤ ${BUDGET}× static HTML → ${ratio <= BUDGET ? 'within' : 'OVER'} budget.`);
  if (ratio > BUDGET) process.exitCode = 1;
} finally {
  await browser.close();
}
