import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../lib/ui/excerpt';

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('excerpt', () => {
  it('keeps short text whole', () => {
    const segments = [
      { text: 'A BGP change withdrew ', match: false },
      { text: 'DNS', match: true },
      { text: ' routes.', match: false },
    ];
    expect(excerpt(segments)).toEqual(segments);
  });

  it('starts shortly before the first match, at a word boundary, marked with an ellipsis', () => {
    const lead = 'word '.repeat(30);
    const out = excerpt([
      { text: lead, match: false },
      { text: 'DNS', match: true },
      { text: ' servers went away.', match: false },
    ]);
    expect(out[0]!.text.startsWith('…word')).toBe(true);
    expect(out[0]!.text.length).toBeLessThanOrEqual(31);
    expect(out.find((s) => s.match)?.text).toBe('DNS');
  });

  it('ends within the maximum length with an ellipsis', () => {
    const out = excerpt([{ text: 'DNS', match: true }, { text: ' and more'.repeat(40), match: false }], 30, 60);
    expect(text(out).length).toBeLessThanOrEqual(61);
    expect(out.at(-1)!.text).toBe('…');
  });

  it('works on Arabic text and on text without matches', () => {
    const out = excerpt([{ text: 'توقف '.repeat(50), match: false }], 30, 40);
    expect(text(out).endsWith('…')).toBe(true);
    expect(out.every((s) => !s.match)).toBe(true);
  });
});
