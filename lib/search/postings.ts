/**
 * Posting lists as compact JSON-safe strings: for each document holding a term, in increasing order,
 * (gap from the previous document << 2 | field bits) as a variable-length number of 5-bit digits, one
 * character each, the sixth bit saying another digit follows. Frequent terms have small gaps, so most
 * postings take one or two characters, and V8 keeps such ASCII strings at one byte per character.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT_OF[ALPHABET.charCodeAt(i)] = i;
const MORE = 32;

/** `postings`: doc << 2 | field bits (1–3), docs ascending. */
export function encodePostings(postings: ArrayLike<number> & Iterable<number>): string {
  let out = '';
  let previous = -1;
  for (const posting of postings) {
    const doc = posting >>> 2;
    let value = ((doc - previous) << 2) | (posting & 3);
    previous = doc;
    while (value >= MORE) {
      out += ALPHABET[(value & 31) | MORE];
      value >>>= 5;
    }
    out += ALPHABET[value];
  }
  return out;
}

export function forEachPosting(encoded: string, visit: (doc: number, fields: number) => void): void {
  let doc = -1;
  let value = 0;
  let shift = 0;
  for (let i = 0; i < encoded.length; i++) {
    const digit = DIGIT_OF[encoded.charCodeAt(i)]!;
    value |= (digit & 31) << shift;
    if (digit & MORE) {
      shift += 5;
      continue;
    }
    doc += value >>> 2;
    visit(doc, value & 3);
    value = 0;
    shift = 0;
  }
}
