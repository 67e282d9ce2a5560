import { describe, expect, it } from 'vitest';
import { lintText } from './lint-text.js';
import type { FileReport } from './report-types.js';

/** The findings of an HTML page, as rule id and what they quote. */
async function findings(html: string, path = 'page.html'): Promise<[string, string | undefined][]> {
  const report = await lintText(html, { filePath: path });
  return report.messages.map((message) => [message.ruleId, message.actual]);
}

const only = (report: FileReport, ruleId: string) => report.messages.filter((m) => m.ruleId === ruleId);

describe('linting an HTML page', () => {
  it('runs the charter rules, not markdownlint, with positions in the HTML source', async () => {
    const html =
      '<!DOCTYPE html>\n<html lang="en">\n<body>\n<div class="entry-content">\n' +
      '  <p>In 2020 there were <strong>332,957</strong> displaced persons.</p>\n' +
      '  <p>We help the victims of malaria.</p>\n</div>\n</body>\n</html>\n';
    const report = await lintText(html, { filePath: 'export/mali.html' });
    expect(report.messages.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([
      ['sourced-figures', 5, 33, '332,957'],
      ['charter-language', 6, 18, 'victims of malaria'],
    ]);
    // The same text as Markdown gets markdownlint's inline-HTML warnings; the page does not.
    const asMarkdown = await lintText(html, { filePath: 'mali.md' });
    expect(asMarkdown.messages.some((m) => /^MD\d+$/.test(m.ruleId))).toBe(true);
    const lines = html.split('\n');
    expect(lines[4]?.slice(32, 39)).toBe('332,957');
  });

  it('reads .htm files and fragments (a WordPress post body without <p> tags) too', async () => {
    const body = 'Nearly 979,000 people suffer from acute malnutrition.\n\nThe victims of malaria wait.\n';
    expect(await findings(body, 'post.htm')).toEqual([
      ['sourced-figures', '979,000'],
      ['charter-language', 'victims of malaria'],
    ]);
  });

  it('skips navigation, header, footer, scripts, styles, code, comments and attributes', async () => {
    const html = `<header><p>2,000,000 readers</p></header>
<nav><a href="/">1,500,000 patients treated</a></nav>
<script>const people = "3,000,000 people";</script>
<style>.x::after { content: "4,000,000 people"; }</style>
<p title="5,000,000 people">The clinic <code>6,000,000 people</code> opened.</p>
<pre>7,000,000 people</pre>
<!-- 8,000,000 people -->
<footer>9,000,000 donors</footer>
<p>Nearly 10,000,000 people need help.</p>`;
    expect(await findings(html)).toEqual([['sourced-figures', '10,000,000']]);
  });

  it('takes <sup> and superscript-digit markers as references, and paragraphs beginning with them as notes', async () => {
    const html = `<p>20.25 million inhabitants<sup>1</sup> and 3.5 million people face food insecurity².</p>
<p>185,000 children<sup>3</sup> are malnourished.</p>
<p><sup>1</sup> World Bank 2020</p>
<p>² UNOCHA 2020</p>`;
    expect(await findings(html)).toEqual([['footnote-undefined', '<sup>3</sup>']]);
  });

  it('takes an ordered list of sources at the end (pandoc, a Sources heading) as the notes 1, 2, 3', async () => {
    const endnotes = `<p>20.25 million inhabitants<a href="#fn1" class="footnote-ref"><sup>1</sup></a>.</p>
<section class="footnotes" role="doc-endnotes"><hr /><ol>
<li id="fn1"><p>World Bank 2020<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2"><p>See our website</p></li>
</ol></section>`;
    expect(await findings(endnotes)).toEqual([
      ['footnote-source', 'See our website'],
      ['footnote-unused', '<sup>2</sup>'],
    ]);
    const heading = `<p>3.5 million people face food insecurity<sup>2</sup>.</p>
<h2>Sources</h2><ol><li>World Bank 2020</li><li>UNOCHA 2020</li></ol>`;
    expect(await findings(heading)).toEqual([['footnote-unused', '<sup>1</sup>']]);
  });

  it('does not take any other numbered list for notes', async () => {
    const steps = '<h2>How to give</h2><ol><li>Choose an amount</li><li>Pay online</li></ol>';
    expect(await findings(steps)).toEqual([]);
  });

  it('finds image credits in a figcaption, the paragraph after, a [caption] shortcode and wp-caption markup', async () => {
    const html = `<figure><img src="/up/a.jpg" alt="Nurses in Mopti"><figcaption>Mopti. © Jane Doe / ALIMA</figcaption></figure>
<figure class="wp-block-image"><img src="/up/b.jpg" alt="The Goundam hospital"></figure>
<p>© Nana Kofi Acquah / ALIMA</p>
<p>[caption id="attachment_12" width="300"]<img src="/up/c.jpg" alt="A midwife in Kaya" width="300"> A midwife. © John Roe / ALIMA[/caption]</p>
<div id="attachment_14" class="wp-caption alignnone"><img src="/up/d.jpg" alt="Djibo"><p class="wp-caption-text">Djibo. Photo: Awa Diallo / ALIMA</p></div>
<figure><img src="/up/e.jpg" alt="Kaya"><figcaption>The Kaya centre.</figcaption></figure>
<p>[caption id="attachment_13" width="300"]<img src="/up/f.jpg" alt="Dori"> The Dori centre.[/caption]</p>`;
    expect(await findings(html)).toEqual([
      ['photo-credit', '/up/e.jpg'],
      ['photo-credit', '/up/f.jpg'],
    ]);
  });

  it('reads the design system elements: stat cards, footnote references and notes, photo credits', async () => {
    const html = `<alima-stat-group>
<alima-stat-card value="20250000" label="inhabitants" footnote="wb2020"></alima-stat-card>
<alima-stat-card value="3500000" label="people face food insecurity" source="UNOCHA 2020"></alima-stat-card>
<alima-stat-card value="185000" label="children"><alima-footnote-ref slot="footnote" footnote="unicef"></alima-footnote-ref></alima-stat-card>
<alima-stat-card value="979000" label="people suffer from acute malnutrition"></alima-stat-card>
</alima-stat-group>
<p>Some 332,957 people were displaced<alima-footnote-ref footnote="iom"></alima-footnote-ref>, and <alima-footnote-ref footnote="who"></alima-footnote-ref> more.</p>
<alima-photo-credit photographer="Nana Kofi Acquah"><img src="/up/nurses.jpg" alt="Nurses"></alima-photo-credit>
<alima-footnotes>
<alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote>
<alima-footnote id="unicef">UNICEF 2020</alima-footnote>
<alima-footnote id="iom">IOM 2020</alima-footnote>
<alima-footnote id="spare">WHO 2021</alima-footnote>
</alima-footnotes>`;
    const report = await lintText(html, { filePath: 'page.html' });
    expect(report.messages.map((m) => [m.ruleId, m.severity, m.actual, m.line])).toEqual([
      ['sourced-figures', 'error', '979000', 5],
      ['footnote-undefined', 'error', 'footnote="who"', 7],
      ['footnote-unused', 'error', '<alima-footnote id="spare">', 13],
    ]);
    expect(only(report, 'sourced-figures')[0]?.message).toContain('Stat card "979000" has no source');
  });

  it('honours suppression comments', async () => {
    const html = `<!-- charter-lint disable charter-language -->
<p>The victims of malaria.</p>
<!-- charter-lint enable charter-language -->
<p>The victims of cholera.</p>`;
    const report = await lintText(html, { filePath: 'page.html' });
    expect(report.messages.map((m) => [m.ruleId, m.line])).toEqual([['charter-language', 4]]);
    expect(report.suppressedMessages?.map((m) => [m.ruleId, m.line])).toEqual([['charter-language', 2]]);
  });

  it('reads the page in the language its <html lang> declares', async () => {
    // "20,25" is twenty and a quarter in French, a misplaced separator in English.
    const page = (lang: string) =>
      `<html lang="${lang}"><body><p>Il y a 332 957 personnes déplacées.</p></body></html>`;
    expect(await findings(page('fr'))).toEqual([['sourced-figures', '332 957']]);
    expect((await lintText(page('fr'), { filePath: 'page.html' })).messages[0]?.message).toContain(
      'n’a pas de source',
    );
  });

  it('reads elements with a great many children (a paragraph of 150,000 tags) without exhausting the stack', async () => {
    const wide = `<p>Nearly 979,000 people need help.${'<b>x</b>'.repeat(150_000)}</p><pre>${'<i>c</i>'.repeat(150_000)}</pre>`;
    const report = await lintText(wide, { filePath: 'wide.html' });
    expect(report.messages.map((m) => [m.ruleId, m.actual])).toEqual([['sourced-figures', '979,000']]);
  }, 60_000);

  it('reads a page nested deeper than any prose, with a warning, without exhausting the stack', async () => {
    const depth = 20_000;
    const html = `${'<div>'.repeat(depth)}<p>Nearly 979,000 people need help.</p>${'</div>'.repeat(depth)}`;
    const report = await lintText(html, { filePath: 'deep.html' });
    expect(report.messages.map((m) => [m.ruleId, m.severity, m.actual])).toEqual([
      ['file-too-complex', 'warning', undefined],
      ['sourced-figures', 'error', '979,000'],
    ]);
    expect(report.messages[0]?.message).toContain('nested more than 300 deep');
  });
});
