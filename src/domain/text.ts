/**
 * Indonesian-aware normalisation of application names and descriptions, for text similarity in
 * the overlap check. Pure: no I/O.
 *
 * Stemming is the Snowball Indonesian stemmer (`@orama/stemmers`, Apache-2.0; no dictionary, so
 * no non-commercial word list) with one correction of our own: Snowball strips one prefix per
 * pass and so misses the doubled ke-/pe-…-an forms that government text is full of
 * (kepegawaian, kependudukan, perencanaan, pengelolaan). Roots listed in PROTECTED_ROOTS are
 * recognised inside such confixes first (reference/measured.md: 11/15 → all of them).
 */
import { stemmer } from '@orama/stemmers/indonesian';
import { tokenize } from './fts';

/** Common words that say nothing about what an application does. */
export const STOP_WORDS = new Set([
  // Indonesian function words
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'yang',
  'untuk',
  'dengan',
  'pada',
  'dalam',
  'oleh',
  'serta',
  'secara',
  'ini',
  'itu',
  'agar',
  'sebagai',
  'bagi',
  'akan',
  'dapat',
  'setiap',
  'semua',
  'tanpa',
  'melalui',
  'antar',
  'para',
  'hingga',
  'sampai',
  'tentang',
  'atas',
  'juga',
  'lebih',
  'satu',
  'dua',
  'tiga',
  'per',
  // Words in nearly every government application's name or description
  'sistem',
  'informasi',
  'aplikasi',
  'manajemen',
  'online',
  'daring',
  'elektronik',
  'digital',
  'terpadu',
  'terintegrasi',
  'layanan',
  'pelayanan',
  'data',
  'pengelolaan',
  'kelola',
  'mengelola',
  'dikelola',
  'kabupaten',
  'kota',
  'provinsi',
  'pemerintah',
  'daerah',
  'badan',
  'kementerian',
  'instansi',
  'perangkat',
  'web',
  'mobile',
  'portal',
  'versi',
  'e',
  // English
  'the',
  'of',
  'and',
  'for',
  'system',
  'information',
  'management',
  'application',
]);

/**
 * Acronyms and shorthand common in government application names, expanded to the words a
 * description would use, so "SIMPEG" meets "kepegawaian" and "TTE" meets "tanda tangan".
 */
export const ACRONYMS: Record<string, string> = {
  simpeg: 'kepegawaian pegawai',
  simasn: 'kepegawaian aparatur sipil negara',
  asn: 'aparatur sipil negara pegawai',
  pns: 'pegawai negeri sipil',
  pppk: 'pegawai pemerintah perjanjian kerja',
  skp: 'sasaran kinerja pegawai',
  tpp: 'tambahan penghasilan pegawai kinerja',
  eoffice: 'perkantoran naskah dinas surat',
  office: 'perkantoran naskah dinas surat',
  esurat: 'surat naskah dinas',
  tnde: 'tata naskah dinas',
  tte: 'tanda tangan',
  bsre: 'sertifikat tanda tangan',
  disposisi: 'disposisi naskah dinas surat',
  simaya: 'naskah dinas surat',
  bmn: 'barang milik negara aset',
  bmd: 'barang milik daerah aset',
  simda: 'keuangan daerah anggaran',
  apbd: 'anggaran pendapatan belanja daerah',
  apbn: 'anggaran pendapatan belanja negara',
  rka: 'rencana kerja anggaran',
  rkpd: 'rencana kerja pembangunan daerah',
  rpjmd: 'rencana pembangunan jangka menengah daerah',
  musrenbang: 'musyawarah perencanaan pembangunan',
  sakip: 'akuntabilitas kinerja',
  lkjip: 'laporan kinerja',
  monev: 'pemantauan evaluasi',
  lapor: 'pengaduan aduan laporan',
  aduan: 'pengaduan',
  sambat: 'pengaduan keluhan',
  wadul: 'pengaduan keluhan',
  lpse: 'pengadaan tender',
  spse: 'pengadaan tender',
  eproc: 'pengadaan tender',
  procurement: 'pengadaan',
  rup: 'rencana umum pengadaan',
  pbj: 'pengadaan barang jasa',
  nik: 'kependudukan penduduk',
  kk: 'kartu keluarga kependudukan',
  dukcapil: 'kependudukan pencatatan sipil',
  ktp: 'kartu tanda penduduk kependudukan',
  jdih: 'dokumentasi hukum peraturan',
  perda: 'peraturan daerah hukum',
  ppid: 'informasi publik',
  pbb: 'pajak bumi bangunan',
  bphtb: 'bea perolehan hak tanah bangunan pajak',
  simrs: 'rumah sakit rekam medis',
  rme: 'rekam medis',
  simpus: 'puskesmas',
  dtks: 'kesejahteraan sosial bantuan',
  bansos: 'bantuan sosial',
  ppdb: 'penerimaan peserta didik',
  umkm: 'usaha mikro kecil menengah',
  oss: 'perizinan berusaha',
  nib: 'nomor induk berusaha perizinan',
  pbg: 'persetujuan bangunan gedung',
  opendata: 'data terbuka',
  siskeudes: 'keuangan desa',
};

/**
 * Roots Snowball mangles: inside doubled prefixes (kepegawaian → "gawai"), or because they begin
 * like a prefix (disposisi → "sposisi", dinamis, bupati). Recognised before stemming.
 */
export const PROTECTED_ROOTS = [
  'disposisi',
  'dinas',
  'dinamis',
  'disiplin',
  'diklat',
  'bupati',
  'kirim',
  'pegawai',
  'penduduk',
  'rencana',
  'kelola',
  'perintah',
  'pustaka',
  'periksa',
  'pelihara',
  'pesan',
  'pindah',
  'kerja',
  'tunjang',
  'sejahtera',
];

/**
 * ke-…-an, peng-…-an, pen-…-an, pem-…-an, peny-…-an, per-…-an, pe-…-an, with the initial
 * consonant the nasal prefix swallowed (peng+kelola → pengelolaan, pem+pelihara →
 * pemeliharaan, pen+tulis → penulisan, peny+surat → penyuratan).
 */
const CONFIXES: [RegExp, string[]][] = [
  [/^ke(.+)an$/, ['']],
  [/^peng(.+)an$/, ['', 'k']],
  [/^peny(.+)an$/, ['s']],
  [/^pen(.+)an$/, ['', 't']],
  [/^pem(.+)an$/, ['', 'p']],
  [/^per(.+)an$/, ['']],
  [/^pe(.+)an$/, ['']],
];

const stemCache = new Map<string, string>();

/** The stem of one lower-case word. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let result: string | undefined;
  if (PROTECTED_ROOTS.includes(word)) result = word;
  for (const [re, restore] of CONFIXES) {
    const inner = re.exec(word)?.[1];
    if (!inner) continue;
    result = restore.map((c) => c + inner).find((root) => PROTECTED_ROOTS.includes(root));
    if (result) break;
  }
  result ??= word.length <= 3 ? word : stemmer(word);
  if (stemCache.size < 50_000) stemCache.set(word, result);
  return result;
}

/**
 * The stemmed content terms of a text: acronyms expanded, stop words dropped, each term once,
 * in first-seen order. "e-Office", "e-Lapor" count as the word after the "e-".
 */
export function contentTerms(text: string, maxTokens = 400): string[] {
  const key = `${maxTokens}:${text}`;
  const hit = termsCache.get(key);
  if (hit) return hit;
  const terms = computeTerms(text, maxTokens);
  // A pure function's memo: right whatever changes in the catalogue, bounded in size.
  if (termsCache.size >= TERMS_CACHE_SIZE) termsCache.delete(termsCache.keys().next().value as string);
  termsCache.set(key, terms);
  return terms;
}

const TERMS_CACHE_SIZE = 20_000;
const termsCache = new Map<string, string[]>();

function computeTerms(text: string, maxTokens: number): string[] {
  // Most texts have no "e-" at all, and the Unicode regex costs more than the rest of the work.
  const joined = /e-/i.test(text) ? text.replace(/\be-(?=\p{L})/giu, 'e ') : text;
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (word: string) => {
    if (STOP_WORDS.has(word) || word.length < 2) return;
    const s = stem(word);
    if (STOP_WORDS.has(s) || seen.has(s)) return;
    seen.add(s);
    out.push(s);
  };
  for (const token of tokenize(joined, maxTokens)) {
    const expansion = ACRONYMS[token];
    if (expansion) for (const w of expansion.split(' ')) add(w);
    else add(token);
  }
  return out;
}

/**
 * The word of `text` as written behind each of its content terms (contentTerms), so evidence can
 * show "mandiri" rather than the stem "mandir", and "SIMPEG" for the terms its expansion adds.
 * `literal` says the word itself has that stem (not an acronym's expansion). The first
 * occurrence wins, except that a literal word replaces an expansion; "e-Office" stays "e-Office".
 */
export function termWords(text: string, maxTokens = 400): Map<string, { word: string; literal: boolean }> {
  const out = new Map<string, { word: string; literal: boolean }>();
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '');
  let n = 0;
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (n++ >= maxTokens) break;
    const written = m[0];
    const token = written.toLowerCase();
    const prefixed =
      m.index >= 2 && /(^|[^\p{L}\p{N}])e-$/iu.test(folded.slice(Math.max(0, m.index - 3), m.index));
    const word = prefixed ? `${folded.slice(m.index - 2, m.index)}${written}` : written;
    const expansion = ACRONYMS[token];
    for (const w of expansion ? expansion.split(' ') : [token]) {
      if (STOP_WORDS.has(w) || w.length < 2) continue;
      const s = stem(w);
      const seen = out.get(s);
      if (STOP_WORDS.has(s) || (seen && (seen.literal || expansion))) continue;
      out.set(s, { word, literal: !expansion });
    }
  }
  return out;
}
