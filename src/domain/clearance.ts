import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

/**
 * What a clearance (rekomendasi) certifies; the keyed hash covers exactly these fields. Entities
 * are named by id, not by name or code: an application renamed or an agency recoded later is
 * still the one cleared, and its clearance must keep verifying.
 */
export interface ClearanceContent {
  number: string;
  applicationId: number;
  agencyId: number;
  fiscalYear: number;
  budgetCeiling: number;
  conditions: string | null;
  issuedAt: number;
}

/** A stable serialisation: fixed field order, so the same content always hashes the same. */
export function canonicalClearance(c: ClearanceContent): string {
  return JSON.stringify([
    'katalog-spbe-clearance-v1',
    c.number,
    c.applicationId,
    c.agencyId,
    c.fiscalYear,
    c.budgetCeiling,
    c.conditions ?? '',
    c.issuedAt,
  ]);
}

const encoder = new TextEncoder();

/** HMAC-SHA256 of the canonical content with the configured key, hex. */
export function clearanceHash(c: ClearanceContent, key: string): string {
  return encodeHexLowerCase(hmac(SHA256, encoder.encode(key), encoder.encode(canonicalClearance(c))));
}

/** Compares in constant time, so a forger learns nothing from response timing. */
export function hashMatches(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Clearance numbers: `REK-<fiscal year>-<sequence, 5 digits>-<4-character check>` (no slashes,
 * so the number is one URL path segment); the check is derived from the keyed hash of the
 * number, so a mistyped or invented number is recognisable as such even before a lookup.
 */
export function clearanceNumber(fiscalYear: number, sequence: number, key: string): string {
  const base = `REK-${fiscalYear}-${String(sequence).padStart(5, '0')}`;
  const check = encodeHexLowerCase(hmac(SHA256, encoder.encode(key), encoder.encode(base)))
    .slice(0, 4)
    .toUpperCase();
  return `${base}-${check}`;
}

export function numberChecks(number: string, key: string): boolean {
  const m = /^REK-(\d{4})-(\d{5,})-([0-9A-F]{4})$/.exec(number);
  if (!m) return false;
  return clearanceNumber(Number(m[1]), Number(m[2]), key) === number;
}
