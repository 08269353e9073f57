/**
 * Working days in Indonesia: Monday to Friday, minus national holidays and collective leave
 * (cuti bersama) from the admin-maintained holiday table. Dates are calendar dates in
 * Asia/Jakarta (UTC+7, no daylight saving), written `YYYY-MM-DD`. Pure.
 */
const JAKARTA_OFFSET_MS = 7 * 3600 * 1000;

/** The calendar date in Jakarta of an instant. */
export function jakartaDate(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/**
 * The date `n` working days after the Jakarta date of `start` (the day of submission does not
 * count, whatever time it came in).
 */
export function addWorkingDays(start: Date, n: number, holidays: ReadonlySet<string>): string {
  let date = jakartaDate(start);
  let left = n;
  while (left > 0) {
    date = nextDate(date);
    if (isWorkingDay(date, holidays)) left--;
  }
  return date;
}

/** The end of a Jakarta calendar day as an instant (23:59:59.999 WIB). */
export function endOfJakartaDay(date: string): Date {
  return new Date(new Date(`${date}T23:59:59.999Z`).getTime() - JAKARTA_OFFSET_MS);
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function workingDaysBetween(from: Date, to: string, holidays: ReadonlySet<string>): number {
  const start = jakartaDate(from);
  if (to === start) return 0;
  const forward = to > start;
  let [a, b] = forward ? [start, to] : [to, start];
  let count = 0;
  while (a < b) {
    a = nextDate(a);
    if (isWorkingDay(a, holidays)) count++;
  }
  b = a;
  return forward ? count : -count;
}

/** Review period of a submitted proposal (issue: 20 working days). */
export const REVIEW_WORKING_DAYS = 20;
