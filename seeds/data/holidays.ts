/**
 * National holidays with a fixed date (UU/Keppres; the same every year). Holidays that move with
 * the Islamic, Chinese, Saka or Buddhist calendars, and cuti bersama, are set each year by a joint
 * ministerial decree (SKB 3 Menteri): an admin adds them on /admin/libur from the decree — they
 * are not guessed here.
 */
const FIXED: [string, string][] = [
  ['01-01', 'Tahun Baru Masehi'],
  ['05-01', 'Hari Buruh Internasional'],
  ['06-01', 'Hari Lahir Pancasila'],
  ['08-17', 'Hari Kemerdekaan Republik Indonesia'],
  ['12-25', 'Hari Raya Natal'],
];

export const holidaySeeds = [2025, 2026, 2027, 2028].flatMap((year) =>
  FIXED.map(([md, name]) => ({ date: `${year}-${md}`, name })),
);
