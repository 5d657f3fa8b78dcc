/** Strict readers for the export formats, shared by the unit tests and the end-to-end downloads. */

/** RFC 4180: fails on a stray quote, a bare CR or LF outside quotes, or a last record without CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after closing quote at ${i}`);
      continue;
    }
    if (c === '"') throw new Error(`quote inside unquoted field at ${i}`);
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('last record lacks its CRLF');
  return rows;
}

export interface IcsFile {
  /** Physical lines, as written (folded). */
  lines: string[];
  /** Unfolded content lines split at the first colon: name (with parameters) and raw value. */
  props: [string, string][];
}

/** RFC 5545 content lines: CRLF only, unfolded (§3.1). Throws on a bare CR or LF. */
export function parseIcs(text: string): IcsFile {
  if (!text.endsWith('\r\n')) throw new Error('last line lacks its CRLF');
  if (/[\r\n]/.test(text.replaceAll('\r\n', ''))) throw new Error('bare CR or LF');
  const lines = text.slice(0, -2).split('\r\n');
  const unfolded: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ')) unfolded[unfolded.length - 1] += line.slice(1);
    else unfolded.push(line);
  }
  const props = unfolded.map((l): [string, string] => {
    const colon = l.indexOf(':');
    return [l.slice(0, colon), l.slice(colon + 1)];
  });
  return { lines, props };
}

export const icsProp = (props: IcsFile['props'], name: string): string | undefined => props.find(([n]) => n === name)?.[1];

/** A TEXT value back to text (§3.3.11). */
export const unescapeIcsText = (value: string): string => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export const octets = (s: string): number => new TextEncoder().encode(s).length;
