/**
 * UI text, Bahasa Indonesia first. `en` must carry every key of `id` (the type enforces it).
 * Keys are grouped by page; interpolation uses `{name}` placeholders.
 */
const id = {
  'app.title': 'Katalog Aplikasi SPBE',
  'app.tagline': 'Katalog nasional aplikasi pemerintah: daftarkan, periksa tumpang tindih, gunakan bersama.',
  'nav.home': 'Beranda',
  'nav.applications': 'Aplikasi',
  'nav.shared': 'Aplikasi Umum',
  'nav.agencies': 'Instansi',
  'nav.functions': 'Fungsi Bisnis',
  'nav.data': 'Data',
  'nav.reference': 'Arsitektur Referensi',
  'nav.api': 'API',
  'nav.skip': 'Langsung ke konten',
  'lang.switch': 'English',
  'footer.text': 'Katalog Aplikasi SPBE — data demo bertanda "sintetis" bukan data resmi.',
  'footer.openapi': 'Dokumentasi API (OpenAPI)',
  'error.title': 'Terjadi kesalahan',
  'error.notFound': 'Halaman tidak ditemukan',
  'error.notFoundBody': 'Halaman atau data yang Anda cari tidak ada, atau tidak dapat Anda akses.',
  'error.invalid': 'Permintaan tidak valid',
  'error.server': 'Terjadi kesalahan pada server. Silakan coba lagi.',
  'error.back': 'Kembali ke beranda',
} as const;

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  'app.title': 'SPBE Application Catalogue',
  'app.tagline': "Indonesia's national catalogue of government applications: register, check overlap, share.",
  'nav.home': 'Home',
  'nav.applications': 'Applications',
  'nav.shared': 'Shared applications',
  'nav.agencies': 'Agencies',
  'nav.functions': 'Business functions',
  'nav.data': 'Data',
  'nav.reference': 'Reference architecture',
  'nav.api': 'APIs',
  'nav.skip': 'Skip to content',
  'lang.switch': 'Bahasa Indonesia',
  'footer.text': 'SPBE Application Catalogue — demo data marked "synthetic" is not official data.',
  'footer.openapi': 'API documentation (OpenAPI)',
  'error.title': 'Something went wrong',
  'error.notFound': 'Page not found',
  'error.notFoundBody': 'The page or record you are looking for does not exist, or you cannot access it.',
  'error.invalid': 'Invalid request',
  'error.server': 'A server error occurred. Please try again.',
  'error.back': 'Back to home',
};

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const messages: Record<Lang, Record<MessageKey, string>> = { id, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns the translator for a language; unknown placeholders are left as they are. */
export function translator(lang: Lang): Translate {
  const table = messages[lang];
  return (key, params) => {
    const text = table[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID'),
  en: new Intl.NumberFormat('en-GB'),
};

/** Formats an integer the way the reader expects (1.234 in Indonesian, 1,234 in English). */
export function formatNumber(lang: Lang, n: number): string {
  return numberFormats[lang].format(n);
}

/** Formats rupiah: "Rp 1,2 miliar" style is for prose; tables use the full figure. */
export function formatRupiah(lang: Lang, n: number): string {
  return `Rp ${numberFormats[lang].format(n)}`;
}
