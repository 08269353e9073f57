import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('configuration', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'ftp://katalog.go.id',
    'file:///etc/passwd',
    'http:/x',
  ])('refuses PUBLIC_URL=%s, naming the key', (url) => {
    expect(() => parseConfig({ PUBLIC_URL: url })).toThrow(/PUBLIC_URL: /);
  });

  it('accepts an http(s) PUBLIC_URL', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://katalog.spbe.go.id' }).PUBLIC_URL).toBe(
      'https://katalog.spbe.go.id',
    );
    expect(parseConfig({ PUBLIC_URL: 'http://localhost:8787' }).PUBLIC_URL).toBe('http://localhost:8787');
  });

  it('refuses to run in production with the public development clearance key', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(
      /CLEARANCE_KEY: set a long random key in production/,
    );
    const ok = parseConfig({ NODE_ENV: 'production', CLEARANCE_KEY: 'a-long-random-production-key-123' });
    expect(ok.NODE_ENV).toBe('production');
    expect(parseConfig({}).CLEARANCE_KEY).toBe('development-only-clearance-key');
  });

  it.each([
    ['false', 0],
    ['true', 1],
    ['2', 2],
  ])('reads TRUST_PROXY=%s as %i trusted proxies', (value, n) => {
    expect(parseConfig({ TRUST_PROXY: value }).TRUST_PROXY).toBe(n);
  });

  it('trusts no proxy unless told to', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(0);
    expect(() => parseConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});
