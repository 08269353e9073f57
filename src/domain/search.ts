/**
 * The catalogue-wide search's query language and highlighting. Pure: no I/O.
 *
 * A typed text becomes one FTS5 MATCH expression that every searchable table understands (they
 * share the `unicode61 remove_diacritics 2` tokenizer). Each word becomes a group of variants
 * joined by OR, the groups joined by AND:
 * - the word itself (the last one as a prefix, for search-as-you-type, from 3 letters);
 * - its Indonesian stem, and the ke-/peN-/per-…-an nouns derived from a known root, so
 *   "kepegawaian" finds "pegawai" and "pegawai" finds "kepegawaian" (the FTS tables are not
 *   stemmed: their triggers cannot call the stemmer, so the query carries the morphology);
 * - its translation through a small English ⇄ Indonesian glossary of government vocabulary, so
 *   "personnel data" finds "data pegawai", and "pegawai" finds an English "employee" operation.
 * Stop words are dropped as `toFtsQuery` does, unless nothing else is left.
 */
import { SEARCH_STOP_WORDS, tokenize } from './fts';
import { STOP_WORDS, stem } from './text';

/** What the catalogue search can return. */
export const SEARCH_TYPES = ['application', 'api', 'operation', 'function', 'dataEntity'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * English → Indonesian words used in government applications and API documentation. Values
 * with a space are matched as phrases. The reverse direction (an Indonesian word to its English
 * ones) is derived from the single-word values.
 */
export const GLOSSARY: Record<string, string[]> = {
  personnel: ['pegawai', 'kepegawaian'],
  employee: ['pegawai'],
  staff: ['pegawai'],
  servant: ['pegawai', 'aparatur'],
  attendance: ['presensi', 'kehadiran', 'absensi'],
  salary: ['gaji'],
  allowance: ['tunjangan'],
  leave: ['cuti'],
  training: ['diklat', 'pelatihan'],
  position: ['jabatan'],
  population: ['penduduk', 'kependudukan'],
  resident: ['penduduk'],
  citizen: ['penduduk', 'warga'],
  family: ['keluarga'],
  birth: ['kelahiran'],
  death: ['kematian'],
  tax: ['pajak'],
  taxpayer: ['wajib pajak'],
  levy: ['retribusi'],
  revenue: ['pendapatan'],
  budget: ['anggaran'],
  finance: ['keuangan'],
  financial: ['keuangan'],
  payment: ['pembayaran'],
  bill: ['tagihan'],
  invoice: ['tagihan'],
  spending: ['belanja'],
  procurement: ['pengadaan'],
  tender: ['tender', 'lelang'],
  supplier: ['penyedia'],
  asset: ['aset'],
  vehicle: ['kendaraan'],
  licence: ['izin', 'perizinan'],
  license: ['izin', 'perizinan'],
  licensing: ['perizinan'],
  permit: ['izin', 'perizinan'],
  business: ['usaha'],
  investment: ['investasi'],
  letter: ['surat'],
  correspondence: ['persuratan', 'naskah dinas'],
  archive: ['arsip', 'kearsipan'],
  record: ['arsip', 'rekam'],
  document: ['dokumen', 'naskah'],
  disposition: ['disposisi'],
  signature: ['tanda tangan'],
  complaint: ['pengaduan', 'aduan'],
  feedback: ['aspirasi'],
  health: ['kesehatan'],
  hospital: ['rumah sakit'],
  patient: ['pasien'],
  doctor: ['dokter'],
  medical: ['medis'],
  immunisation: ['imunisasi'],
  immunization: ['imunisasi'],
  education: ['pendidikan'],
  school: ['sekolah'],
  student: ['siswa', 'peserta didik'],
  teacher: ['guru'],
  scholarship: ['beasiswa'],
  welfare: ['kesejahteraan'],
  assistance: ['bantuan'],
  aid: ['bantuan'],
  poverty: ['kemiskinan'],
  planning: ['perencanaan'],
  plan: ['rencana'],
  development: ['pembangunan'],
  performance: ['kinerja'],
  monitoring: ['pemantauan'],
  evaluation: ['evaluasi'],
  statistics: ['statistik'],
  map: ['peta'],
  region: ['wilayah', 'daerah'],
  regional: ['daerah'],
  village: ['desa'],
  tourism: ['pariwisata', 'wisata'],
  tourist: ['wisatawan', 'wisata'],
  destination: ['destinasi'],
  regulation: ['peraturan'],
  law: ['hukum'],
  agriculture: ['pertanian'],
  transport: ['perhubungan', 'transportasi'],
  labour: ['ketenagakerjaan'],
  labor: ['ketenagakerjaan'],
  disaster: ['bencana'],
  environment: ['lingkungan'],
  land: ['pertanahan', 'tanah'],
  building: ['bangunan', 'gedung'],
  report: ['laporan'],
  schedule: ['jadwal'],
  history: ['riwayat'],
  registration: ['pendaftaran'],
  enrolment: ['pendaftaran'],
  verification: ['verifikasi'],
  summary: ['rekapitulasi'],
  official: ['dinas', 'resmi'],
  open: ['terbuka'],
  public: ['publik', 'masyarakat'],
  legal: ['hukum'],
  job: ['lowongan', 'kerja'],
  vacancy: ['lowongan'],
  social: ['sosial'],
  pupil: ['peserta didik', 'siswa'],
  certificate: ['sertifikat'],
  electronic: ['elektronik'],
  civil: ['sipil'],
  state: ['negara'],
};

const REVERSE_GLOSSARY: Record<string, string[]> = {};
for (const [en, ids] of Object.entries(GLOSSARY)) {
  for (const id of ids) {
    if (id.includes(' ') || id === en) continue;
    const list = REVERSE_GLOSSARY[id] ?? [];
    list.push(en);
    REVERSE_GLOSSARY[id] = list;
  }
}

/** "employees" → "employee", "salaries" → "salary", "taxes" → "tax"; for glossary look-ups only. */
function singular(word: string): string {
  if (GLOSSARY[word]) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Roots and the ke-/peN-/per-…-an nouns government text derives from them. Curated rather than
 * generated: a rule that derives from every root mostly produces words no document contains
 * ("kepajakan", "pendaerahan"), and each costs bm25 a phrase per scored row. A derived word
 * typed is found by its stem the other way round (`stem` knows the confixes).
 */
export const DERIVATIONS: Record<string, string[]> = {
  pegawai: ['kepegawaian'],
  penduduk: ['kependudukan'],
  rencana: ['perencanaan'],
  arsip: ['kearsipan'],
  izin: ['perizinan'],
  surat: ['persuratan'],
  daftar: ['pendaftaran'],
  data: ['pendataan'],
  sehat: ['kesehatan'],
  uang: ['keuangan'],
  didik: ['pendidikan'],
  bayar: ['pembayaran'],
  aduan: ['pengaduan'],
  lapor: ['laporan', 'pelaporan'],
  bangun: ['pembangunan'],
  awas: ['pengawasan'],
  pantau: ['pemantauan'],
  nilai: ['penilaian'],
  catat: ['pencatatan'],
  tani: ['pertanian'],
  dagang: ['perdagangan'],
  industri: ['perindustrian'],
  hubung: ['perhubungan'],
  sejahtera: ['kesejahteraan'],
  miskin: ['kemiskinan'],
  tanah: ['pertanahan'],
  pustaka: ['perpustakaan'],
  pajak: ['perpajakan'],
  kerja: ['pekerjaan', 'ketenagakerjaan'],
  kirim: ['pengiriman'],
  terbit: ['penerbitan'],
  ukur: ['pengukuran'],
  angkut: ['pengangkutan'],
  desa: ['perdesaan'],
  kota: ['perkotaan'],
  tugas: ['penugasan'],
  adil: ['pengadilan', 'keadilan'],
  aman: ['keamanan'],
  budaya: ['kebudayaan'],
  wisata: ['pariwisata'],
  cipta: ['penciptaan'],
  latih: ['pelatihan'],
};

/**
 * Indonesian jargon, abbreviations and near-synonyms of government work, searched as each other
 * (values with a space are phrases). What an agency calls its letters ("surat", "persuratan")
 * the national service calls "naskah dinas"; "ASN" is written out in descriptions; LPSE runs the
 * tenders. Looked up by the word typed and by its stem, so "persuratan" finds what "surat" finds.
 */
export const SYNONYMS: Record<string, string[]> = {
  surat: ['naskah dinas', 'persuratan'],
  naskah: ['surat'],
  pegawai: ['asn', 'aparatur sipil negara'],
  asn: ['aparatur sipil negara', 'pegawai'],
  pns: ['pegawai negeri sipil', 'asn'],
  pppk: ['pegawai pemerintah dengan perjanjian kerja', 'asn'],
  lelang: ['tender', 'pengadaan'],
  tender: ['lelang', 'pengadaan'],
  lpse: ['pengadaan secara elektronik', 'tender'],
  eproc: ['pengadaan', 'tender'],
  eprocurement: ['pengadaan', 'tender'],
  pbj: ['pengadaan barang jasa'],
  aduan: ['pengaduan', 'keluhan'],
  keluhan: ['pengaduan', 'aduan'],
  tte: ['tanda tangan elektronik'],
  ttd: ['tanda tangan'],
  skp: ['sasaran kinerja pegawai'],
  apbd: ['anggaran pendapatan dan belanja daerah', 'anggaran daerah'],
  apbdes: ['keuangan desa', 'anggaran desa'],
  apbn: ['anggaran pendapatan dan belanja negara'],
  nik: ['nomor induk kependudukan', 'kependudukan'],
  ktp: ['kartu tanda penduduk', 'kependudukan'],
  kk: ['kartu keluarga'],
  dukcapil: ['kependudukan', 'pencatatan sipil'],
  adminduk: ['administrasi kependudukan'],
  rme: ['rekam medis'],
  nib: ['nomor induk berusaha', 'perizinan berusaha'],
  dtks: ['data terpadu kesejahteraan sosial'],
  bansos: ['bantuan sosial'],
  perda: ['peraturan daerah'],
  jdih: ['dokumentasi hukum'],
  bmn: ['barang milik negara'],
  bmd: ['barang milik daerah'],
  ppdb: ['penerimaan peserta didik'],
  sekolah: ['satuan pendidikan'],
  siswa: ['peserta didik'],
  musrenbang: ['musyawarah perencanaan pembangunan'],
  presensi: ['absensi', 'kehadiran'],
  absensi: ['presensi', 'kehadiran'],
  sppd: ['perjalanan dinas'],
  loker: ['lowongan kerja'],
};

const MAX_VARIANTS = 8;
const isCommon = (w: string) => STOP_WORDS.has(w) || SEARCH_STOP_WORDS.has(w);

/**
 * The forms one typed word is searched as: itself, its stem and derivations, translations.
 * `english: false` leaves out the English words an Indonesian one is also searched as
 * ("pegawai" → employee, staff, …; an English word keeps them): see `SearchText.matchIndonesian`.
 */
export function wordVariants(word: string, opts: { english?: boolean } = {}): string[] {
  const out = new Set<string>([word]);
  const en = singular(word);
  const translations = GLOSSARY[en];
  let root = word;
  if (translations) {
    for (const t of translations) out.add(t);
  } else if (word.length >= 4 && /^\p{L}+$/u.test(word)) {
    root = stem(word);
    if (root.length >= 4 && !isCommon(root)) out.add(root);
    for (const d of DERIVATIONS[word] ?? DERIVATIONS[root] ?? []) if (!isCommon(d)) out.add(d);
  }
  // Jargon of the word, its root and its translations ("letters" → surat → naskah dinas).
  for (const w of [word, root, ...(translations ?? [])]) for (const s of SYNONYMS[w] ?? []) out.add(s);
  // The English forms of every form, where English is searched ("pegawai" → employee; an English
  // word → the other English words of its translations). The kinds written in Indonesian find
  // those through the Indonesian forms (decision 0041).
  if (opts.english !== false) for (const w of [...out]) for (const t of REVERSE_GLOSSARY[w] ?? []) out.add(t);
  return [...out].slice(0, MAX_VARIANTS);
}

export interface SearchText {
  /** The FTS5 MATCH expression, or null when nothing searchable was typed. */
  match: string | null;
  /**
   * The same without the English words Indonesian ones are also searched as, for the kinds
   * written in Indonesian (applications, functions, data entities; APIs and operations are often
   * documented in English). Each such word costs bm25 a pass over its whole index entry — in
   * applications the English function titles make "employee" or "staff" common — for results
   * their Indonesian words find anyway. An English query keeps its words and translations.
   */
  matchIndonesian: string | null;
  /**
   * False when every word is a stop word ("sistem informasi", "layanan"): such a query matches
   * most of the catalogue, so results are not ranked (ranking them all would cost and mean little).
   */
  selective: boolean;
  /** The text as typed (trimmed, spaces collapsed), for exact name, acronym and code hits. */
  exact: string | null;
  /** Every form searched for, to highlight in the results (see `highlight`). */
  needles: Needle[];
}

/** One searched form: its words (a phrase when several), the last one possibly a prefix. */
export interface Needle {
  words: string[];
  prefix: boolean;
}

/**
 * Turns what a person typed into the search's MATCH expression (see the module comment).
 * `alternatives` replaces a typed word by the forms of the words it may have meant (typos).
 */
export function parseSearchText(text: string | undefined, alternatives?: Map<string, string[]>): SearchText {
  const exact = text?.trim().replace(/\s+/g, ' ') || null;
  const tokens = tokenize(text ?? '');
  if (tokens.length === 0)
    return { match: null, matchIndonesian: null, selective: false, exact, needles: [] };
  const selectiveTokens = tokens.filter((t) => !SEARCH_STOP_WORDS.has(t));
  // One-letter tokens ("e" of "e-Surat") say nothing once another word is there.
  const longer = selectiveTokens.filter((t) => t.length > 1);
  const kept = longer.length ? longer : selectiveTokens.length ? selectiveTokens : tokens;
  const lastTyped = tokens[tokens.length - 1];
  const needles: Needle[] = [];
  const group = (t: string, english: boolean) => {
    // As in toFtsQuery: a 1–2 letter prefix matches most of the index, so prefixes start at 3.
    const prefix = t === lastTyped && t.length >= 3;
    const alts = alternatives?.get(t);
    const forms = alts?.length
      ? [...new Set(alts.flatMap((a) => wordVariants(a, { english })))].slice(0, MAX_VARIANTS * 2)
      : wordVariants(t, { english });
    const variants = forms.map((v, i) => {
      if (english) needles.push({ words: v.split(' '), prefix: i === 0 && prefix });
      return `"${v}"${i === 0 && prefix ? '*' : ''}`;
    });
    return variants.length === 1 ? variants[0]! : `(${variants.join(' OR ')})`;
  };
  const words = [...new Set(kept)];
  let match = words.map((t) => group(t, true)).join(' AND ');
  let matchIndonesian = words.map((t) => group(t, false)).join(' AND ');
  // A name written as one word is often typed as two ("satu sehat" for SATUSEHAT, "e kinerja").
  const joined = kept.join('');
  if (kept.length >= 2 && kept.length <= 3 && joined.length >= 5 && joined.length <= 24) {
    const prefix = kept[kept.length - 1] === lastTyped && joined.length >= 3;
    needles.push({ words: [joined], prefix });
    match = `(${match}) OR "${joined}"${prefix ? '*' : ''}`;
    matchIndonesian = `(${matchIndonesian}) OR "${joined}"${prefix ? '*' : ''}`;
  }
  return { match, matchIndonesian, selective: selectiveTokens.length > 0, exact, needles };
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `max + 1` as soon as
 * it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Typos tolerated in a word of this length: none below 5 letters (too many neighbours). */
export const typosAllowed = (word: string) => (word.length < 5 ? 0 : word.length < 8 ? 1 : 2);

/** An indexed word and how many documents use it. */
export interface IndexedTerm {
  term: string;
  docs: number;
}

/**
 * The indexed words a mistyped one may have meant, most likely first (fewest edits within
 * `typosAllowed`, then most documents), at most `n`; none when the word is indexed itself.
 * Several are kept because the closest is often ambiguous ("pengadan": pengadaan or pengaduan);
 * searched together, the other words of the query decide.
 */
export function corrections(word: string, terms: IndexedTerm[], n = 3): string[] {
  const max = typosAllowed(word);
  if (max === 0 || terms.some((t) => t.term === word)) return [];
  return terms
    .map((t) => ({ ...t, d: editDistance(word, t.term, max) }))
    .filter((t) => t.d <= max)
    .sort((x, y) => x.d - y.d || y.docs - x.docs || x.term.localeCompare(y.term))
    .slice(0, n)
    .map((t) => t.term);
}

/**
 * The words of a query that may be corrected: the selective ones `parseSearchText` searches,
 * long enough to have a typo worth fixing.
 */
export function correctableWords(text: string): string[] {
  return [...new Set(tokenize(text))].filter((t) => !SEARCH_STOP_WORDS.has(t) && typosAllowed(t) > 0);
}

/**
 * The query as it reads once corrected: each corrected word replaced by the first of its
 * alternatives found in `found` (the text of the best result), else by its first alternative.
 */
export function correctedText(text: string, alternatives: Map<string, string[]>, found = ''): string {
  const seen = new Set(tokenize(found, 10_000));
  return tokenize(text)
    .map((t) => {
      const alts = alternatives.get(t);
      return alts?.length ? (alts.find((a) => seen.has(a)) ?? alts[0]!) : t;
    })
    .join(' ');
}

/** A piece of text, highlighted or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Words as FTS5's unicode61 tokenizer (remove_diacritics 2) sees them, with where they are. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
/** Lower case without accents; an ASCII word (nearly every word here) needs neither step. */
const fold = (w: string) =>
  NON_ASCII.test(w) ? w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : w.toLowerCase();

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

/** An ASCII letter or digit: what `WORD` matches in ASCII text. */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The words of `text`, unmarked. ASCII text (nearly every text here) is scanned by character
 * code, without a match object or a lower-cased copy per word: highlighting a page of results
 * was a sixth of a search request's allocations.
 */
function wordsOf(text: string): Token[] {
  const tokens: Token[] = [];
  if (NON_ASCII.test(text)) {
    for (const m of text.matchAll(WORD))
      tokens.push({ start: m.index, end: m.index + m[0].length, hit: false });
    return tokens;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isAsciiWordChar(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && isAsciiWordChar(text.charCodeAt(i))) i++;
    tokens.push({ start, end: i, hit: false });
  }
  return tokens;
}

/** Whether the ASCII word at `start..end` of `text`, lower-cased, is `w` (or starts with it). */
function asciiWordIs(text: string, start: number, end: number, w: string, prefix: boolean): boolean {
  const len = end - start;
  if (prefix ? len < w.length : len !== w.length) return false;
  for (let k = 0; k < w.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}

function tokensOf(text: string, needles: Needle[]): Token[] {
  const tokens = wordsOf(text);
  // Folded copies only for text with accents or other scripts; ASCII words are compared in place.
  const folded = NON_ASCII.test(text) ? tokens.map((t) => fold(text.slice(t.start, t.end))) : null;
  // Plain loops: a closure per token and needle was a third of a search page's allocations.
  for (let i = 0; i < tokens.length; i++) {
    for (let j = 0; j < needles.length; j++) {
      const n = needles[j]!;
      const len = n.words.length;
      if (i + len > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < len && ok; k++) {
        const w = n.words[k]!;
        const last = n.prefix && k === len - 1;
        if (folded) {
          const t = folded[i + k]!;
          ok = t === w || (last && t.startsWith(w));
        } else {
          const tk = tokens[i + k]!;
          ok = asciiWordIs(text, tk.start, tk.end, w, last);
        }
      }
      if (ok) for (let k = 0; k < len; k++) tokens[i + k]!.hit = true;
    }
  }
  return tokens;
}

/** Cuts `text` into pieces at the token boundaries, marking runs of matched tokens. */
function piecesOf(text: string, tokens: Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  const push = (t: string, mark: boolean) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += t;
    else out.push({ text: t, mark });
  };
  let at = from;
  for (const t of tokens) {
    if (t.end <= from || t.start >= to) continue;
    push(text.slice(at, t.start), false);
    push(text.slice(t.start, t.end), t.hit);
    at = t.end;
  }
  push(text.slice(at, to), false);
  return out;
}

/**
 * The whole text, with the words the search matched marked: the same forms FTS5 matched (the
 * needles of `parseSearchText`), on the same token boundaries. Computed here rather than with
 * FTS5's `highlight()`, which re-runs the whole MATCH expression once per row (about 0.2 ms a
 * row with the expanded words, measured); the pieces are plain text, escaped when rendered.
 */
export function highlight(text: string, needles: Needle[]): Segment[] {
  if (!text) return [];
  if (!needles.length) return [{ text, mark: false }];
  return piecesOf(text, tokensOf(text, needles), 0, text.length);
}

/**
 * Like FTS5's `snippet()`: the window of `size` words with the most matches (the first such),
 * marked, with "…" where the text was cut.
 */
export function snippet(text: string, needles: Needle[], size = 24): Segment[] {
  if (!text) return [];
  const tokens = needles.length ? tokensOf(text, needles) : wordsOf(text);
  if (tokens.length <= size)
    return needles.length ? piecesOf(text, tokens, 0, text.length) : [{ text, mark: false }];
  let best = 0;
  let bestHits = -1;
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.hit) hits++;
    if (i >= size && tokens[i - size]!.hit) hits--;
    if (i >= size - 1 && hits > bestHits) {
      bestHits = hits;
      best = i - size + 1;
    }
  }
  const last = best + size - 1;
  const from = best === 0 ? 0 : tokens[best]!.start;
  const to = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  const pieces = piecesOf(text, tokens, from, to);
  if (from > 0) pieces.unshift({ text: '…', mark: false });
  if (to < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * HTML for the JSON API: every piece escaped, highlighted pieces wrapped in `<mark>`. The only
 * markup in the result is `<mark>` and `</mark>`.
 */
export function segmentsHtml(pieces: Segment[]): string {
  return pieces.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

/** Which facets a search asks for, by what they describe. */
export interface FacetUse {
  /** protocol, access or SPLP: only APIs and their operations have them. */
  api: boolean;
  /** agency, agency kind, status, function or data entity: applications, APIs, operations. */
  application: boolean;
}

/**
 * The kinds a search covers. A facet keeps only the kinds it describes (a protocol filter
 * leaves APIs and operations; functions and data entities have no owner, status or protocol).
 * Without text, a search lists applications and APIs (and the kind asked for, if another).
 */
export function searchableTypes(facets: FacetUse, hasText: boolean, type?: SearchType): SearchType[] {
  let types: SearchType[] = hasText
    ? [...SEARCH_TYPES]
    : [...new Set<SearchType>(['application', 'api', ...(type ? [type] : [])])];
  if (facets.application)
    types = types.filter((t) => t === 'application' || t === 'api' || t === 'operation');
  if (facets.api) types = types.filter((t) => t === 'api' || t === 'operation');
  return types;
}
