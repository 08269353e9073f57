import { describe, expect, it } from 'vitest';
import {
  type ClearanceContent,
  clearanceHash,
  clearanceNumber,
  hashMatches,
  numberChecks,
} from './clearance';

const KEY = 'a-test-key-of-sufficient-length';
const content: ClearanceContent = {
  number: 'REK-2027-00001-AAAA',
  applicationId: 7,
  agencyId: 412,
  fiscalYear: 2027,
  budgetCeiling: 1_000_000_000,
  conditions: 'Data dibagikan melalui SPLP.',
  issuedAt: 1_800_000_000_000,
};

describe('clearance seal', () => {
  it('is stable for the same content and key', () => {
    expect(clearanceHash(content, KEY)).toBe(clearanceHash({ ...content }, KEY));
    expect(clearanceHash(content, KEY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(Object.keys(content) as (keyof ClearanceContent)[])('changes when %s changes', (field) => {
    const value = content[field];
    const altered = { ...content, [field]: typeof value === 'number' ? value + 1 : `${value ?? ''}x` };
    expect(hashMatches(clearanceHash(altered, KEY), clearanceHash(content, KEY))).toBe(false);
  });

  it('changes with the key, so a forger without it cannot seal content', () => {
    expect(clearanceHash(content, `${KEY}!`)).not.toBe(clearanceHash(content, KEY));
  });

  it('treats missing conditions and empty conditions alike', () => {
    expect(clearanceHash({ ...content, conditions: null }, KEY)).toBe(
      clearanceHash({ ...content, conditions: '' }, KEY),
    );
  });
});

describe('clearance numbers', () => {
  it('carry a check that detects a mistyped or invented number', () => {
    const n = clearanceNumber(2027, 12, KEY);
    expect(n).toMatch(/^REK-2027-00012-[0-9A-F]{4}$/);
    expect(numberChecks(n, KEY)).toBe(true);
    expect(numberChecks(n.replace('00012', '00013'), KEY)).toBe(false);
    expect(numberChecks(n, 'another-key-of-enough-length')).toBe(false);
    expect(numberChecks('REK/2027/00012/ABCD', KEY)).toBe(false);
  });
});
