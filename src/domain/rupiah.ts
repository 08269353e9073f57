/**
 * Reads a rupiah amount as people type it: "2500000000", "2.500.000.000", "Rp 2.500.000.000",
 * "2,5 M", "2,5 miliar", "750 juta", "1,2 T". Dots (and spaces) separate thousands; a comma is the
 * decimal mark, as in Indonesian. Returns null when the text is not an amount.
 */
export function parseRupiah(text: string): number | null {
  let s = text
    .trim()
    .toLowerCase()
    .replace(/^rp\.?\s*/, '');
  let scale = 1;
  const unit = /\s*(rb|ribu|jt|juta|m|miliar|milyar|t|triliun)\.?$/.exec(s);
  if (unit) {
    const u = unit[1]!;
    scale = u.startsWith('r') ? 1e3 : u.startsWith('j') ? 1e6 : u.startsWith('m') ? 1e9 : 1e12;
    s = s.slice(0, unit.index);
  }
  s = s.replace(/[\s.]/g, '');
  if (!/^\d+(,\d+)?$/.test(s)) return null;
  if (scale === 1 && s.includes(',')) {
    // "2.500.000,00": whole rupiah only.
    const [whole, cents] = s.split(',');
    return /^0+$/.test(cents!) ? Number(whole) : null;
  }
  const n = Math.round(Number(s.replace(',', '.')) * scale);
  return Number.isSafeInteger(n) ? n : null;
}

/** A whole rupiah amount written the Indonesian way, without the currency: "2.500.000.000". */
export function rupiahDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
