import { describe, expect, it } from 'vitest';
import { addWorkingDays, endOfJakartaDay, isWorkingDay, jakartaDate, workingDaysBetween } from './workdays';

const NONE = new Set<string>();
// 2026-08-17 (Monday) is Independence Day.
const HOLIDAYS = new Set(['2026-08-17', '2026-12-25']);

describe('working days in Jakarta', () => {
  it.each([
    ['2026-11-23T02:00:00Z', '2026-11-23'], // Monday morning WIB
    ['2026-11-23T16:59:59Z', '2026-11-23'], // 23:59:59 WIB
    ['2026-11-23T17:00:00Z', '2026-11-24'], // midnight WIB is already Tuesday
  ])('%s is %s in Jakarta', (at, date) => {
    expect(jakartaDate(new Date(at))).toBe(date);
  });

  it.each([
    ['2026-11-21', NONE, false], // Saturday
    ['2026-11-22', NONE, false], // Sunday
    ['2026-11-23', NONE, true],
    ['2026-08-17', HOLIDAYS, false],
    ['2026-08-18', HOLIDAYS, true],
  ])('%s working: %s', (date, holidays, expected) => {
    expect(isWorkingDay(date, holidays)).toBe(expected);
  });

  it.each([
    // submitted (UTC instant), days, holidays, due date
    ['2026-11-23T03:00:00Z', 1, NONE, '2026-11-24'], // Monday → Tuesday
    ['2026-11-20T03:00:00Z', 1, NONE, '2026-11-23'], // Friday → Monday
    ['2026-11-21T03:00:00Z', 1, NONE, '2026-11-23'], // Saturday → Monday
    ['2026-11-23T03:00:00Z', 5, NONE, '2026-11-30'], // a full week
    ['2026-11-23T03:00:00Z', 20, NONE, '2026-12-21'], // the review period: four weeks
    ['2026-12-01T03:00:00Z', 20, HOLIDAYS, '2026-12-30'], // Christmas pushes it a day
    ['2026-08-14T03:00:00Z', 1, HOLIDAYS, '2026-08-18'], // Friday before the 17th → Tuesday
    ['2026-11-23T18:00:00Z', 1, NONE, '2026-11-25'], // after midnight WIB it is Tuesday already
  ])('submitted %s + %i working days = %s', (at, n, holidays, due) => {
    expect(addWorkingDays(new Date(at), n as number, holidays as Set<string>)).toBe(due);
  });

  it('ends a due date at the last millisecond of the Jakarta day', () => {
    expect(endOfJakartaDay('2026-12-21').toISOString()).toBe('2026-12-21T16:59:59.999Z');
  });

  it('counts working days left, negative once overdue', () => {
    expect(workingDaysBetween(new Date('2026-11-23T03:00:00Z'), '2026-11-30', NONE)).toBe(5);
    expect(workingDaysBetween(new Date('2026-11-30T03:00:00Z'), '2026-11-23', NONE)).toBe(-5);
    expect(workingDaysBetween(new Date('2026-11-23T03:00:00Z'), '2026-11-23', NONE)).toBe(0);
  });
});
