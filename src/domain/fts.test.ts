import { describe, expect, it } from 'vitest';
import { isSelective, toFtsQuery, tokenize } from './fts';

describe('toFtsQuery', () => {
  it.each([
    ['kepegawaian', '"kepegawaian"*'],
    ['Sistem Informasi Kepegawaian', '"kepegawaian"*'],
    ['e-Surat dinas', '"e" "surat" "dinas"*'],
    ['sistem informasi', '"sistem" "informasi"*'],
    ['  SIMPEG  ', '"simpeg"*'],
    ['Pelayanan Terpadu Satu Pintu', '"terpadu" "satu" "pintu"*'],
    ['Kependudukan dan Pencatatan Sipil', '"kependudukan" "pencatatan" "sipil"*'],
    ['ÁRSIP', '"arsip"*'],
    ['a', '"a"'],
    ['pe', '"pe"'],
    ['peg', '"peg"*'],
  ])('turns %j into %j', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it.each(['', '   ', '---', '"*:()'])('returns null for %j, which has no word', (input) => {
    expect(toFtsQuery(input)).toBeNull();
  });

  it('quotes operators typed by a user so they are searched as words', () => {
    expect(toFtsQuery('arsip NOT surat OR "x" NEAR')).toBe('"arsip" "not" "surat" "or" "x" "near"*');
  });

  it('can leave the last word exact', () => {
    expect(toFtsQuery('data pegawai', { prefixLast: false })).toBe('"data" "pegawai"');
  });

  it('bounds the number of tokens', () => {
    expect(tokenize('kata '.repeat(100))).toHaveLength(32);
  });
});

describe('isSelective', () => {
  it.each([
    ['sistem informasi', false],
    ['Aplikasi Layanan Online', false],
    ['sistem informasi kepegawaian', true],
    ['e-surat', true],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isSelective(text)).toBe(expected);
  });
});
