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

describe('runtime settings', () => {
  it('log requests by default and keep metrics off until a token is set', () => {
    const config = parseConfig({});
    expect(config.LOG_REQUESTS).toBe(true);
    expect(config.METRICS_TOKEN).toBeUndefined();
    expect(config.SHUTDOWN_TIMEOUT).toBe(10);
    expect(parseConfig({ LOG_REQUESTS: 'false' }).LOG_REQUESTS).toBe(false);
  });

  it('refuse a metrics token too short to be a secret, and name it', () => {
    expect(() => parseConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: at least 16 characters/);
  });

  it('read the replica sync interval in seconds, and PORT 0 as "any free port"', () => {
    expect(parseConfig({ DATABASE_SYNC_INTERVAL: '5' }).DATABASE_SYNC_INTERVAL).toBe(5);
    expect(() => parseConfig({ DATABASE_SYNC_INTERVAL: '0' })).toThrow(/DATABASE_SYNC_INTERVAL/);
    expect(parseConfig({ PORT: '0' }).PORT).toBe(0);
  });

  it('accept SMTP URLs with credentials, TLS and options, and HTTP mail APIs', () => {
    const smtp = 'smtps://katalog:p%40ss@mail.example.go.id:465?tls.rejectUnauthorized=false';
    expect(parseConfig({ SMTP_URL: smtp, MAIL_FROM: 'a@b.go.id' }).SMTP_URL).toBe(smtp);
    expect(() => parseConfig({ MAIL_API_URL: 'ftp://x', MAIL_FROM: 'a@b.go.id' })).toThrow(/MAIL_API_URL/);
  });
});
