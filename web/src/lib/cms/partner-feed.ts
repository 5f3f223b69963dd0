/**
 * The partner feed's registry, read from the CMS (GET /api/partner-feed/operations): the partner page
 * is generated from it, so the documented operations, parameters and limits are always the live ones.
 */
import { CMS_URL, REVALIDATE_SECONDS, tags, webKeyHeader } from './client';

type Localized = { vi: string; en: string };

export interface PartnerOperation {
  id: string;
  title: Localized;
  description: Localized;
  document: string;
  params: Record<string, Localized>;
  example: Record<string, string>;
  path: string;
}

export interface PartnerLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  defaultPageSize: number;
  maxPageSize: number;
  windowSeconds: number;
  anonymousPoints: number;
  tokenPoints: number;
  maxAge: number;
  staleWhileRevalidate: number;
  allowlistOnly: boolean;
}

export interface PartnerRegistry {
  operations: PartnerOperation[];
  limits: PartnerLimits;
}

/** Address partners use for the CMS (the internal CMS_URL is often a private one). */
export const PUBLIC_CMS_URL = (process.env.PUBLIC_CMS_URL ?? CMS_URL).replace(/\/$/, '');

const cmsJson = async (path: string, cacheTags: string[] = []): Promise<unknown> => {
  const res = await fetch(`${CMS_URL}${path}`, {
    headers: webKeyHeader(),
    next: { revalidate: REVALIDATE_SECONDS, tags: [tags.site, ...cacheTags] },
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return res.json();
};

export async function getPartnerRegistry(): Promise<PartnerRegistry> {
  const body = (await cmsJson('/api/partner-feed/operations')) as { data?: PartnerOperation[]; meta?: { limits?: PartnerLimits } };
  if (!Array.isArray(body.data) || !body.meta?.limits) throw new Error('unexpected partner registry');
  return { operations: body.data, limits: body.meta.limits };
}

/** A real slug for the copy-paste examples (the newest article), when there is one. */
export async function getExampleSlug(locale: string): Promise<string | null> {
  const body = (await cmsJson(`/api/partner-feed/operations/latest-news?locale=${locale}&limit=1`, [tags.articles(locale)])) as {
    data?: { articles?: Array<{ slug: string }> };
  };
  return body.data?.articles?.[0]?.slug ?? null;
}
