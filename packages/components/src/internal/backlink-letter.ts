/**
 * The letter that tells apart the back links of a note cited several times:
 * `a` … `z`, then `aa`, `ab` … `az`, `ba` … (bijective base 26, as
 * spreadsheet columns count), so a note cited 30 times never repeats a letter.
 */
export function backlinkLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
