/**
 * The address a request came from. Without trusted proxies it is the connection's own address
 * (`X-Forwarded-For` is ignored: anyone can send it). With `proxies` trusted in front, each of
 * them appended the address it saw, so the client is the entry that many places from the right;
 * entries further left were written by the client and prove nothing.
 */
export function clientAddress(socket: string, forwardedFor: string | undefined, proxies: number): string {
  if (proxies <= 0 || !forwardedFor) return socket;
  const hops = forwardedFor
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const entry = hops[hops.length - proxies] ?? hops[0];
  return entry && /^[0-9a-fA-F:.[\]]{2,64}$/.test(entry) ? entry : socket;
}

/**
 * Whether the request reached us over HTTPS: its own URL says so, or (behind trusted proxies
 * only) the proxy's `X-Forwarded-Proto` does.
 */
export function isSecure(url: string, forwardedProto: string | undefined, proxies: number): boolean {
  if (url.startsWith('https:')) return true;
  return proxies > 0 && forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}
