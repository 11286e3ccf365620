import ipaddr from 'ipaddr.js';

/**
 * The key a client is rate limited by: its IPv4 address, or its IPv6 /64 (one subscriber usually
 * holds a whole /64, so single IPv6 addresses would be free to rotate). `ip` is Express's req.ip,
 * which already honours TRUSTED_PROXIES.
 */
export function clientKey(ip: string | undefined): string {
  if (!ip || !ipaddr.isValid(ip)) return 'unknown';
  const address = ipaddr.process(ip); // ::ffff:1.2.3.4 → 1.2.3.4
  if (address.kind() === 'ipv4') return address.toString();
  return `${address.toNormalizedString().split(':').slice(0, 4).join(':')}::/64`;
}
