/**
 * The headings above the current point of a document, outermost first, each
 * with whether it announces the organisation's own data ("ALIMA key figures",
 * "Our fieldwork"): everything in such a section is own data.
 */
export class HeadingTrail {
  private readonly open: { depth: number; own: boolean }[] = [];

  /** Whether any heading above the current point announces own data. */
  get ownAbove(): boolean {
    return this.open.some((heading) => heading.own);
  }

  /**
   * Moves past a heading of `depth`: closes the sections it ends, then opens
   * its own. Returns whether the headings above *it* announce own data.
   */
  enter(depth: number, own: boolean): boolean {
    while ((this.open.at(-1)?.depth ?? 0) >= depth) this.open.pop();
    const above = this.ownAbove;
    this.open.push({ depth, own });
    return above;
  }
}
