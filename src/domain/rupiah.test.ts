import { describe, expect, it } from 'vitest';
import { parseRupiah, rupiahDigits } from './rupiah';

describe('parseRupiah', () => {
  it.each([
    ['2500000000', 2_500_000_000],
    ['2.500.000.000', 2_500_000_000],
    ['Rp 2.500.000.000', 2_500_000_000],
    ['Rp2.500.000.000,00', 2_500_000_000],
    ['2,5 M', 2_500_000_000],
    ['Rp 2,5 miliar', 2_500_000_000],
    ['750 juta', 750_000_000],
    ['750jt', 750_000_000],
    ['1,2 T', 1_200_000_000_000],
    ['0', 0],
  ])('reads %s', (text, n) => {
    expect(parseRupiah(text)).toBe(n);
  });

  it.each(['', 'dua miliar', '2.5.x', '-5', '2.500,50', '1,2,3 M'])('refuses %s', (text) => {
    expect(parseRupiah(text)).toBeNull();
  });
});

describe('rupiahDigits', () => {
  it('groups thousands with dots', () => {
    expect(rupiahDigits(2_500_000_000)).toBe('2.500.000.000');
    expect(rupiahDigits(999)).toBe('999');
    expect(rupiahDigits(1000)).toBe('1.000');
  });
});
