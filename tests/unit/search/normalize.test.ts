import { describe, expect, it } from 'vitest';
import { fold, type SourceMap } from '../../../lib/search/fold';
import { normalize } from '../../../lib/search';

describe('normalize: one spelling per word, for the index and the query alike', () => {
  it.each([
    ['compatibility forms (NFKC): Arabic presentation forms', 'ﻭﺍﺗﺴﺎﺏ', 'واتساب'],
    ['compatibility forms (NFKC): lam-alef ligature', 'ﻻ يعمل', 'لا يعمل'],
    ['compatibility forms (NFKC): full-width Latin', 'ＷｈａｔｓＡｐｐ', 'whatsapp'],
    ['harakat (fatha, sukun)', 'وَاتْسَاب', 'واتساب'],
    ['tanween', 'عطلٌ كبيرًا', 'عطل كبيرا'],
    ['shadda', 'تعطّل', 'تعطل'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'واتـــساب', 'واتساب'],
    ['alef with hamza above', 'أكتوبر', 'اكتوبر'],
    ['alef with hamza below', 'إنستغرام', 'انستغرام'],
    ['alef with madda', 'آب', 'اب'],
    ['alef wasla', 'ٱسم', 'اسم'],
    ['taa marbuta', 'منصة', 'منصه'],
    ['alef maqsura', 'مستشفى', 'مستشفي'],
    ['hamza on waw', 'مؤسسة', 'موسسه'],
    ['hamza on yaa', 'رئيس', 'رييس'],
    ['Persian gaf (a Latin g)', 'انستگرام', 'انستكرام'],
    ['Persian keheh', 'ک', 'ك'],
    ['Persian yeh', 'فیسبوک', 'فيسبوك'],
    ['Urdu tteh', 'انسٹغرام', 'انستغرام'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ['Persian digits', '۲۰۲۳', '2023'],
    ['Latin case', 'WhatsApp', 'whatsapp'],
    ['Latin diacritics', 'Café Ünïcode', 'cafe unicode'],
    ['zero-width and direction marks inside a word', 'وا\u200Cت\u200Dس\u200Fاب\u200B', 'واتساب'],
    ['punctuation becomes a word break', 'instagram\'s «feed»—down!', 'instagram s feed down'],
    ['the article before a known word', 'الواتس', 'واتس'],
    ['clitic + article before a known word', 'بالواتساب', 'واتساب'],
    ['conjunction + lam-lam before a known word', 'وللفيسبوك', 'فيسبوك'],
    ['a one-letter clitic before a known word', 'وواتساب فإكس', 'واتساب اكس'],
    ['a known word that starts with a clitic letter stays whole', 'واتساب', 'واتساب'],
    ['ordinary words that start with clitic letters stay whole', 'ورق بيت لبنان', 'ورق بيت لبنان'],
    ['an article before an unknown word stays', 'الزرافة', 'الزرافه'],
  ])('%s', (_rule, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const s of ['بالواتساب ٢٠٢٤', 'وَاتْسَاب', 'Ｆａｃｅｂｏｏｋ', 'ﻻ']) expect(normalize(normalize(s))).toBe(normalize(s));
  });
});

describe('fold: the map back to the source text', () => {
  const spans = (text: string) => {
    const map: SourceMap = { sourceStart: [], sourceEnd: [] };
    const folded = fold(text, map);
    return { folded, map };
  };

  it('gives one source span per folded character', () => {
    const { folded, map } = spans('  وَاتْسَاب — ٢٠٢٤  ');
    expect(folded).toBe('واتساب 2024');
    expect(map.sourceStart).toHaveLength(folded.length);
    expect(map.sourceEnd).toHaveLength(folded.length);
  });

  it('stretches a letter over the harakat and tatweel that follow it', () => {
    const text = 'وَاتـْسَابْ';
    const { folded, map } = spans(text);
    expect(folded).toBe('واتساب');
    expect(text.slice(map.sourceStart[0], map.sourceEnd[folded.length - 1])).toBe(text);
    expect(text.slice(map.sourceStart[0], map.sourceEnd[0])).toBe('وَ');
  });

  it('maps both letters of a ligature to the ligature', () => {
    const { folded, map } = spans('ﻻ');
    expect(folded).toBe('لا');
    expect([map.sourceStart[1], map.sourceEnd[1]]).toEqual([0, 1]);
  });

  it('keeps surrogate pairs whole and breaks words at emoji and lone surrogates', () => {
    const text = 'a😀b\uD800c𝐃';
    const { folded, map } = spans(text);
    expect(folded).toBe('a b cd');
    expect(text.slice(map.sourceStart[5], map.sourceEnd[5])).toBe('𝐃');
  });
});
