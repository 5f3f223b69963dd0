import net from 'node:net';
import { RETENTION_DEFAULTS } from '@portal/contract/personal-data';
import { z } from 'zod';
import { HOST_PATTERN } from './utils/host-label';

/**
 * The platform's one configuration, validated once at boot (cms/config/plugins.ts → `portal-core`).
 * Every plugin reads Redis, proxies, the time zone and the web's key from here, never from its own
 * setting.
 */
const proxyEntry = z.string().refine((raw) => {
  if (raw === 'loopback') return true;
  const [address, bits, extra] = raw.split('/');
  const version = net.isIP(address ?? '');
  if (!version || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return Number.isInteger(n) && n >= 0 && n <= (version === 4 ? 32 : 128);
}, 'must be an IP address, a CIDR block (10.0.0.0/8) or "loopback"');

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'is not a known IANA time zone');

export const configSchema = z.object({
  redis: z.object({
    /** Empty: no Redis (memory and the database). */
    url: z.union([z.literal(''), z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')]),
    /** Every key the portal writes starts with this (several portals may share one Redis). */
    prefix: z.string(),
  }),
  /** Proxies whose X-Forwarded-For is believed: addresses, CIDR blocks or `loopback`. */
  trustedProxies: z.array(proxyEntry),
  /**
   * Deprecated hop-count rule (VISIT_COUNTER_PROXY_HOPS, IS_PROXIED + PROXY_HOPS), kept for one release:
   * used only when `trustedProxies` is empty. null = off.
   */
  legacyProxyHops: z.number().int().nonnegative().nullable(),
  /** Calendar days (visitor salts, statistics) are counted in this zone. */
  timeZone,
  /** The web portal's server-side key (REVALIDATE_SECRET), sent as `x-portal-web-key`. Empty = none. */
  webKey: z.string(),
  /** Deprecation lines printed once at boot (old settings still honoured). */
  deprecations: z.array(z.string()),
  /** Several CMS nodes: heartbeat of each node (`portal_nodes`) and lease time of periodic jobs. */
  nodes: z.object({
    heartbeatSeconds: z.number().positive(),
    jobLeaseSeconds: z.number().positive(),
  }),
  /**
   * Personal data (Law 91/2025): days each kind is kept before the daily purge blanks it, keyed as in the
   * registry of `@portal/contract/personal-data` (which the privacy page and the README table read).
   */
  personalData: z.object({
    retentionDays: z.object({
      commentEmail: z.number().int().min(1).max(3650),
      commentVisitorHash: z.number().int().min(1).max(3650),
      auditAddress: z.number().int().min(1).max(3650),
      failedLoginEmail: z.number().int().min(1).max(3650),
    }),
  }),
  /** Sites (issue 24): one deployment serves the province and its communes, each on its own host. */
  sites: z.object({
    /** The province's domain (PORTAL_ROOT_DOMAIN): the default site on it, a commune on `<label>.<root>`. */
    rootDomain: z.string().regex(HOST_PATTERN, 'must be a lowercase host name such as hatinh.gov.vn'),
    /** Key of the site every existing entry belongs to, and new ones when they name none. */
    defaultKey: z.string().regex(/^[a-z0-9]{1,63}$/, 'must be lowercase letters and digits'),
    /** Content types shared by every site (no `site` column), e.g. the administrative units. */
    shared: z.array(z.string().startsWith('api::')),
  }),
});

export type CoreConfig = z.infer<typeof configSchema>;

export const defaultConfig: CoreConfig = {
  redis: { url: '', prefix: 'portal:' },
  trustedProxies: [],
  legacyProxyHops: null,
  timeZone: 'Asia/Ho_Chi_Minh',
  webKey: '',
  deprecations: [],
  nodes: { heartbeatSeconds: 10, jobLeaseSeconds: 30 },
  personalData: { retentionDays: { ...RETENTION_DEFAULTS } },
  sites: { rootDomain: 'localhost', defaultKey: 'province', shared: ['api::admin-unit.admin-unit'] },
};

export function validateConfig(config: unknown): void {
  const result = configSchema.safeParse(config);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`portal-core config: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
}
