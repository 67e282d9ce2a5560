/**
 * Prints an evenly spaced sample of findings, the same on every run, each with
 * the text around it ([[flagged]]), for a person to judge by hand.
 * `label(finding)` adds what a finding's line should say besides its place.
 */
export function printSample(findings, sampleSize, label = () => '') {
  const step = Math.max(1, findings.length / sampleSize);
  console.log(
    `\nSample of ${Math.min(sampleSize, findings.length)} findings (every ${step.toFixed(1)}th):\n`,
  );
  for (let index = 0; index < findings.length && index / step < sampleSize; index += step) {
    const finding = findings[Math.floor(index)];
    const { path, source, message } = finding;
    const { start, end } = message.place;
    const context = `${source.slice(Math.max(0, start.offset - 120), start.offset)}[[${source.slice(start.offset, end.offset)}]]${source.slice(end.offset, end.offset + 80)}`;
    console.log(
      `${Math.floor(index / step) + 1}. ${path}:${message.line} ${label(finding)}${context.replace(/\s+/g, ' ')}`,
    );
  }
}
