/**
 * Character-level normalisation, shared by the index (at build time) and the query (per keystroke):
 * compatibility forms, diacritics, tatweel, Arabic letter variants and digits fold to one spelling;
 * Latin is lower-cased without accents; everything that is not a letter or digit becomes a space.
 * Optionally records, for every output character, the span of the source text it came from, so match
 * ranges can be mapped back to the characters the user sees.
 */

/** Letters that fold to another letter after compatibility decomposition has removed hamza and madda marks. */
const LETTER_FOLDS: Record<string, string> = {
  '\u0671': 'ا', // ٱ alef wasla
  '\u0629': 'ه', // ة taa marbuta
  '\u06C3': 'ه', // ۃ
  '\u06D5': 'ه', // ە
  '\u06BE': 'ه', // ھ
  '\u0649': 'ي', // ى alef maqsura
  '\u06CC': 'ي', // ی Persian yeh
  '\u06D2': 'ي', // ے
  '\u06A9': 'ك', // ک keheh
  '\u06AF': 'ك', // گ gaf (written for a Latin g)
  '\u0679': 'ت', // ٹ tteh
  '\u067E': 'ب', // پ peh (p)
  '\u0686': 'ج', // چ tcheh (ch)
  '\u0698': 'ز', // ژ
  '\u06A4': 'ف', // ڤ veh (v)
  '\u06A8': 'ق', // ڨ (Maghrebi g)
  '\u06BA': 'ن', // ں
  '\u0688': 'د', // ڈ
  '\u0691': 'ر', // ڑ
};

/** Invisible format characters that may sit inside a word (joiners, direction marks, soft hyphen). */
const IGNORABLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const TATWEEL = '\u0640';
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660; // Arabic-Indic
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0; // Persian
  return -1;
}

/** What one source code point becomes: '' (dropped inside a word), ' ' (a word break) or letters/digits. */
function foldCodePoint(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (ch === TATWEEL || IGNORABLE.test(ch)) return '';
  // A lone surrogate has no meaning as text.
  if (cp >= 0xd800 && cp <= 0xdfff) return ' ';
  let out = '';
  // Whether the character is nothing but marks and tatweel (a haraka, or a presentation form such as
  // U+FCF2, tatweel with fatha and shadda): dropped inside a word, like them.
  let onlyMarks = true;
  for (const part of ch.normalize('NFKD')) {
    if (MARK.test(part) || part === TATWEEL) continue;
    onlyMarks = false;
    for (const lower of (LETTER_FOLDS[part] ?? part).toLowerCase()) {
      if (MARK.test(lower)) continue; // İ lower-cases to i + combining dot
      const digit = digitValue(lower.charCodeAt(0));
      out += digit >= 0 ? String(digit) : LETTER.test(lower) ? lower : ' ';
    }
  }
  // A combining mark on its own (a stray haraka) is dropped, not turned into a break. Compatibility
  // forms such as ⑴ decompose to punctuation around a digit: keep the digit.
  if (out.trim() === '') return onlyMarks ? '' : ' ';
  return out.replace(/ +/g, ' ').trim();
}

/** Folds of the Basic Multilingual Plane, filled on first use: each character is decomposed once. */
const bmpFolds: (string | undefined)[] = new Array(0x10000);
const astralFolds = new Map<number, string>();

function foldOf(cp: number): string {
  if (cp < 0x10000) return (bmpFolds[cp] ??= foldCodePoint(cp));
  let f = astralFolds.get(cp);
  if (f === undefined) astralFolds.set(cp, (f = foldCodePoint(cp)));
  return f;
}

/** Where each folded character came from: [sourceStart[i], sourceEnd[i]) in UTF-16 units of the input. */
export interface SourceMap {
  sourceStart: number[];
  sourceEnd: number[];
}

/**
 * Folds `text` to its search form. Runs of breaks collapse to one space; there is no leading or trailing
 * space. When `map` is given, it receives one source span per output character; a span stretches over
 * the dropped characters (harakat, tatweel) that follow it, so a highlight keeps a letter's marks.
 */
export function fold(text: string, map?: SourceMap): string {
  let out = '';
  let pendingBreak = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldOf(cp);
    if (folded === ' ') pendingBreak = out !== '';
    else if (folded === '') {
      if (map && out !== '' && !pendingBreak) map.sourceEnd[map.sourceEnd.length - 1] = i + width;
    } else {
      if (pendingBreak) {
        out += ' ';
        map?.sourceStart.push(i);
        map?.sourceEnd.push(i);
        pendingBreak = false;
      }
      out += folded;
      if (map) for (let k = 0; k < folded.length; k++) (map.sourceStart.push(i), map.sourceEnd.push(i + width));
    }
    i += width;
  }
  return out;
}
