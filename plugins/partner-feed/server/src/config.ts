import { z } from 'zod';

/** Plugin configuration (set from environment variables in cms/config/plugins.ts). */
export const configSchema = z.object({
  /** Largest query cost accepted (see graphql/cost.ts). */
  maxCost: z.number().int().positive(),
  /** Largest number of aliases in one operation. */
  maxAliases: z.number().int().nonnegative(),
  /**
   * Bounds checked before a /graphql document is parsed or validated (graphql/document-limits.ts,
   * middlewares/graphql-guard.ts): request body bytes, lexical tokens, and per document the
   * operations, fragment definitions and directives.
   */
  documentLimits: z.object({
    maxBodyBytes: z.number().int().positive(),
    maxTokens: z.number().int().positive(),
    maxOperations: z.number().int().positive(),
    maxFragments: z.number().int().nonnegative(),
    maxDirectives: z.number().int().nonnegative(),
  }),
  /** Cost points a refused /graphql request (over a limit, or failing validation) costs the caller. */
  refusedCost: z.number().int().nonnegative(),
  /** Refuse ad-hoc queries on /graphql: only the persisted operations answer (the web stays allowed). */
  allowlistOnly: z.boolean(),
  rateLimit: z.object({
    windowSeconds: z.number().int().positive(),
    /** Cost points per window for anonymous callers, counted per hashed IP address. */
    anonymousPoints: z.number().int().positive(),
    /** Cost points per window for each API token. */
    tokenPoints: z.number().int().positive(),
  }),
  cache: z.object({
    maxAge: z.number().int().nonnegative(),
    staleWhileRevalidate: z.number().int().nonnegative(),
  }),
  /**
   * Answer warm persisted GETs before Strapi's Koa stack (fast-path.ts): the same bytes, ETag and rate
   * limit, for anonymous callers of URLs Strapi already answered. Off: every request goes through Koa.
   */
  fastPath: z.boolean(),
  // Redis, the client address and the web's key (x-portal-web-key) come from the core plugin.
  /** Public address of the web portal, for links in the JSON Feed. */
  siteUrl: z.string().regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) address'),
});

export type FeedConfig = z.infer<typeof configSchema>;

export const defaultConfig: FeedConfig = {
  maxCost: 5000,
  maxAliases: 10,
  documentLimits: { maxBodyBytes: 64 * 1024, maxTokens: 2000, maxOperations: 5, maxFragments: 30, maxDirectives: 50 },
  refusedCost: 100,
  allowlistOnly: false,
  rateLimit: { windowSeconds: 60, anonymousPoints: 2000, tokenPoints: 30000 },
  cache: { maxAge: 30, staleWhileRevalidate: 30 },
  fastPath: true,
  siteUrl: 'http://127.0.0.1:3000',
};

export function validateConfig(config: unknown): void {
  const result = configSchema.safeParse(config);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`partner-feed config: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
}
