/**
 * The privacy notice's facts, read from the CMS (GET /api/portal-core/privacy): the registry of personal
 * fields (`@portal/contract/personal-data`), the retention the CMS runs with and the notice's version, so the
 * page says what the platform actually keeps.
 */
import type { PersonalField, RetentionKey } from '@portal/contract/personal-data';
import { CMS_URL, REVALIDATE_SECONDS, tags, webKeyHeader } from './client';

export interface PrivacyFacts {
  version: string;
  retentionDays: Record<RetentionKey, number>;
  fields: PersonalField[];
}

export async function getPrivacyFacts(): Promise<PrivacyFacts> {
  const res = await fetch(`${CMS_URL}/api/portal-core/privacy`, {
    headers: webKeyHeader(),
    next: { revalidate: REVALIDATE_SECONDS, tags: [tags.site] },
  });
  if (!res.ok) throw new Error(`/api/portal-core/privacy answered ${res.status}`);
  const body = (await res.json()) as { data?: Partial<PrivacyFacts> };
  const data = body.data;
  if (!data || typeof data.version !== 'string' || !Array.isArray(data.fields) || !data.retentionDays)
    throw new Error('unexpected privacy facts');
  return { version: data.version, retentionDays: data.retentionDays, fields: data.fields };
}
