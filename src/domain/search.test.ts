import { describe, expect, it } from 'vitest';
import {
  correctedText,
  corrections,
  editDistance,
  highlight,
  parseSearchText,
  type Segment,
  searchableTypes,
  segmentsHtml,
  snippet,
  wordVariants,
} from './search';

describe('wordVariants', () => {
  it.each([
    ['kepegawaian', 'pegawai'],
    ['pegawai', 'kepegawaian'],
    ['kependudukan', 'penduduk'],
    ['penduduk', 'kependudukan'],
    ['perencanaan', 'rencana'],
    ['rencana', 'perencanaan'],
    ['kearsipan', 'arsip'],
    ['perizinan', 'izin'],
    ['izin', 'perizinan'],
    ['pembayaran', 'bayar'],
    ['kesehatan', 'sehat'],
  ])('searches %s also as %s', (word, form) => {
    expect(wordVariants(word)).toContain(form);
  });

  it.each([
    ['personnel', 'pegawai'],
    ['employees', 'pegawai'],
    ['taxes', 'pajak'],
    ['licence', 'perizinan'],
    ['hospital', 'rumah sakit'],
  ])('translates the English %s to %s', (word, form) => {
    expect(wordVariants(word)).toContain(form);
  });

  it('finds English documentation from an Indonesian word', () => {
    expect(wordVariants('pegawai')).toEqual(expect.arrayContaining(['employee', 'personnel']));
  });

  it('keeps the word itself first and stays bounded', () => {
    for (const w of ['pegawai', 'personnel', 'srikandi', 'data']) {
      const v = wordVariants(w);
      expect(v[0]).toBe(w);
      expect(v.length).toBeLessThanOrEqual(8);
      expect(new Set(v).size).toBe(v.length);
    }
  });

  it('does not bring a stop word back through a derivation', () => {
    expect(wordVariants('layan')).not.toContain('layanan');
    expect(wordVariants('layan')).not.toContain('pelayanan');
  });
});

describe('parseSearchText', () => {
  it('ANDs the words, each an OR of its forms, the last one a prefix', () => {
    const { match, selective, exact } = parseSearchText('  pajak   daerah ');
    expect(match).toMatch(/^\(\("pajak" OR [^)]*\) AND \("daerah"\* OR [^)]*\)\) OR "pajakdaerah"\*$/);
    expect(selective).toBe(true);
    expect(exact).toBe('pajak daerah');
  });

  it('treats what people type as text, never as FTS5 syntax', () => {
    const { match } = parseSearchText('pajak" OR NOT -x:* (');
    expect(match).not.toBeNull();
    // Every word is quoted; the only operators are the ones we add.
    const unquoted = match!.replace(/"[^"]*"\*?/g, '');
    expect(unquoted.replace(/\(|\)|\bOR\b|\bAND\b|\s/g, '')).toBe('');
  });

  it('drops stop words unless nothing else is left, and says so', () => {
    expect(parseSearchText('sistem informasi kepegawaian').match).not.toContain('"sistem"');
    const common = parseSearchText('sistem informasi');
    expect(common.match).toContain('"sistem"');
    expect(common.selective).toBe(false);
    expect(parseSearchText('layanan').selective).toBe(false);
  });

  it('starts prefixes at three letters', () => {
    expect(parseSearchText('pe').match).toBe('"pe"');
    expect(parseSearchText('kepeg').match).toBe('"kepeg"*');
  });

  it('has nothing to search for punctuation alone', () => {
    expect(parseSearchText('!!! ---')).toMatchObject({ match: null, selective: false });
    expect(parseSearchText(undefined)).toEqual({
      match: null,
      matchIndonesian: null,
      selective: false,
      exact: null,
      needles: [],
    });
  });

  it('searches the kinds written in Indonesian without the English forms of Indonesian words', () => {
    const t = parseSearchText('data pegawai');
    expect(t.match).toContain('"employee"');
    expect(t.matchIndonesian).not.toContain('"employee"');
    expect(t.matchIndonesian).toContain('"kepegawaian"');
    // An English query keeps its own words and its translations.
    const en = parseSearchText('personnel data');
    expect(en.matchIndonesian).toContain('"personnel"');
    expect(en.matchIndonesian).toContain('"pegawai"');
  });

  it('ignores the "e" of e-Surat once another word is there', () => {
    expect(parseSearchText('e-Surat').match).not.toMatch(/"e"/);
  });
});

describe('highlight, snippet and segmentsHtml', () => {
  const needles = (q: string) => parseSearchText(q).needles;
  /** Pieces as text with [marks], for readable expectations. */
  const show = (pieces: Segment[]) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

  it('marks the forms the search matched, on whole words', () => {
    expect(show(highlight('Sistem Informasi Kepegawaian: data pegawai daerah', needles('pegawai')))).toBe(
      'Sistem Informasi [Kepegawaian]: data [pegawai] daerah',
    );
    expect(show(highlight('Data pegawai (NIP) dan kepegawaian', needles('personnel data')))).toBe(
      '[Data] [pegawai] (NIP) dan [kepegawaian]',
    );
    // The last word is a prefix; the others are not.
    expect(show(highlight('kepegawaian kepeg pajak pajaknya', needles('pajak kepeg')))).toBe(
      '[kepegawaian] [kepeg] [pajak] pajaknya',
    );
  });

  it('matches the way the FTS tokenizer does: case and diacritics folded, phrases in sequence', () => {
    expect(show(highlight('Café PÉGAWAI', needles('cafe pegawai')))).toBe('[Café] [PÉGAWAI]');
    expect(show(highlight('Rumah Sakit Umum, rumah dinas, sakit gigi', needles('hospital')))).toBe(
      '[Rumah] [Sakit] Umum, rumah dinas, sakit gigi',
    );
  });

  it('leaves text without a search unmarked', () => {
    expect(highlight('Data <b>pegawai</b>', [])).toEqual([{ text: 'Data <b>pegawai</b>', mark: false }]);
    expect(highlight('', needles('data'))).toEqual([]);
  });

  it('cuts a long text around the most matches, with ellipses', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' ');
    const text = `${filler} pajak daerah dibayar di bank, pajak daerah lain ${filler}`;
    const s = show(snippet(text, needles('pajak daerah'), 10));
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('[pajak] [daerah] dibayar di bank, [pajak] [daerah]');
    expect(s.split(/\s+/).length).toBeLessThanOrEqual(12);
    expect(show(snippet('pendek saja', needles('pendek')))).toBe('[pendek] saja');
    expect(show(snippet(text, [], 5))).toBe('kata0 kata1 kata2 kata3 kata4…');
  });

  it('marks ASCII text exactly as the general (Unicode) path does', () => {
    // Text with one accented word goes through the regex-and-fold path; pure ASCII is scanned by
    // character code. Both must mark the same words: ' ω' appended (a letter no query here matches) is never marked.
    const vocab = [
      'data',
      'Pegawai',
      'KEPEGAWAIAN',
      'pajak',
      'daerah',
      'e-Surat',
      'naskah',
      'dinas',
      'ASN',
      'NIP',
      'sipil',
      'negara',
      'aparatur',
      'x9',
      '2024',
    ];
    const punct = [' ', ', ', ' (', ') ', '/', ' - ', '. ', ':', '_', '  '];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 400; i++) {
      const words = Array.from({ length: 3 + rand(25) }, () => vocab[rand(vocab.length)]!);
      const text = words.map((w, j) => (j ? punct[rand(punct.length)] : '') + w).join('');
      const query = Array.from({ length: 1 + rand(3) }, () =>
        vocab[rand(vocab.length)]!.slice(0, 2 + rand(8)),
      ).join(' ');
      const n = needles(query);
      expect(`${show(highlight(text, n))} ω`, `${text} | ${query}`).toBe(show(highlight(`${text} ω`, n)));
    }
  });

  it('escapes every piece and adds no markup but <mark>', () => {
    const html = segmentsHtml(highlight('Portal <script>alert("x")</script> & \'Zebra\'', needles('script')));
    expect(html).toBe(
      'Portal &lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; &#39;Zebra&#39;',
    );
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });
});

describe('searchableTypes', () => {
  const none = { api: false, application: false };
  it('searches every kind for text, applications and APIs without', () => {
    expect(searchableTypes(none, true)).toEqual([
      'application',
      'api',
      'operation',
      'function',
      'dataEntity',
    ]);
    expect(searchableTypes(none, false)).toEqual(['application', 'api']);
    expect(searchableTypes(none, false, 'function')).toEqual(['application', 'api', 'function']);
  });

  it('keeps only the kinds a facet describes', () => {
    expect(searchableTypes({ api: true, application: false }, true)).toEqual(['api', 'operation']);
    expect(searchableTypes({ api: false, application: true }, true)).toEqual([
      'application',
      'api',
      'operation',
    ]);
    expect(searchableTypes({ api: true, application: false }, false, 'function')).toEqual(['api']);
  });
});

describe('agency jargon', () => {
  it.each([
    ['surat', 'naskah dinas'],
    ['persuratan', 'naskah dinas'],
    ['pegawai', 'aparatur sipil negara'],
    ['asn', 'pegawai'],
    ['lelang', 'tender'],
    ['nik', 'kependudukan'],
    ['letters', 'naskah dinas'],
  ])('searches %s also as %s', (word, form) => {
    expect(wordVariants(word)).toContain(form);
  });

  it('also matches two typed words written as one name ("satu sehat" → SATUSEHAT)', () => {
    const { match, needles } = parseSearchText('satu sehat');
    expect(match).toMatch(/ OR "satusehat"\*$/);
    expect(needles).toContainEqual({ words: ['satusehat'], prefix: true });
    expect(parseSearchText('kepegawaian').match).not.toContain('" OR "kepegawaian"');
  });
});

describe('typo correction', () => {
  it.each([
    ['kepegawain', 'kepegawaian', 1],
    ['srikandy', 'srikandi', 1],
    ['pegawia', 'pegawai', 1],
    ['persuratn', 'persuratan', 1],
    ['abc', 'abd', 1],
    ['kinerja', 'kinerja', 0],
    ['surat', 'sertifikat', 3],
  ])('%s is %s edits from %s (capped at 2)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });

  const terms = [
    { term: 'pengadaan', docs: 140 },
    { term: 'pengaduan', docs: 300 },
    { term: 'penganggaran', docs: 20 },
    { term: 'pegawai', docs: 900 },
  ];

  it('offers the closest indexed words, most used first, and nothing for an indexed word', () => {
    expect(corrections('pengadan', terms)).toEqual(['pengaduan', 'pengadaan']);
    expect(corrections('pengadaan', terms)).toEqual([]);
    expect(corrections('pegawia', terms)).toEqual(['pegawai']);
  });

  it('leaves short words alone: too many neighbours', () => {
    expect(
      corrections('aset', [
        { term: 'asn', docs: 5 },
        { term: 'aset', docs: 1 },
        { term: 'ase', docs: 1 },
      ]),
    ).toEqual([]);
    expect(corrections('asek', [{ term: 'aset', docs: 5 }])).toEqual([]);
  });

  it('searches every alternative, and reads back the one the best result contains', () => {
    const alternatives = new Map([['pengadan', ['pengaduan', 'pengadaan']]]);
    const { match } = parseSearchText('pengadan barang', alternatives);
    expect(match).toContain('"pengaduan"');
    expect(match).toContain('"pengadaan"');
    expect(match).not.toContain('"pengadan"');
    expect(correctedText('Pengadan barang', alternatives, 'Sistem Informasi Pengadaan Barang/Jasa')).toBe(
      'pengadaan barang',
    );
    expect(correctedText('Pengadan barang', alternatives)).toBe('pengaduan barang');
  });
});
