import type { NumberFormat } from './number-format.js';

/** A number as written: digits with the language's group and decimal separators. */
export interface WrittenNumber {
  start: number;
  end: number;
  value: number;
  /** Written with group separators (`332,957`). */
  grouped: boolean;
  /** More than one decimal part (`2.3.1`, `1,2,3`): a version or a list, not a quantity. */
  dotted: boolean;
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (isDigit(text[end])) end++;
  return end;
}

/**
 * Finds every number in `text` in one left-to-right pass (linear time,
 * whatever the input: no regular expression backtracking). A group is exactly
 * three digits after a separator, and only after a first group of one to three.
 */
export function scanNumbers(text: string, format: NumberFormat): WrittenNumber[] {
  const numbers: WrittenNumber[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let end = digitsEnd(text, start);
    let digits = text.slice(start, end);
    let grouped = false;
    if (end - start <= 3) {
      while (format.group.has(text[end] as string) && digitsEnd(text, end + 1) === end + 4) {
        digits += text.slice(end + 1, end + 4);
        end += 4;
        grouped = true;
      }
      // `78.000`, `2.500.000`: periods as groups, all of them, in a language that groups with spaces.
      if (!grouped && format.period !== undefined) {
        let periods = end;
        let periodDigits = digits;
        while (text[periods] === '.' && digitsEnd(text, periods + 1) === periods + 4) {
          periodDigits += text.slice(periods + 1, periods + 4);
          periods += 4;
        }
        if (periods > end && !(text[periods] === '.' && isDigit(text[periods + 1]))) {
          digits = periodDigits;
          end = periods;
          grouped = true;
        }
      }
    }
    let dotted = false;
    const decimal =
      text[end] === format.decimal || (format.period !== undefined && !grouped && text[end] === '.');
    if (decimal && isDigit(text[end + 1])) {
      const fractionEnd = digitsEnd(text, end + 1);
      digits += `.${text.slice(end + 1, fractionEnd)}`;
      end = fractionEnd;
      while ((text[end] === format.decimal || text[end] === '.') && isDigit(text[end + 1])) {
        end = digitsEnd(text, end + 1);
        dotted = true;
      }
    }
    numbers.push({ start, end, value: Number(digits), grouped, dotted });
    i = end;
  }
  return numbers;
}
