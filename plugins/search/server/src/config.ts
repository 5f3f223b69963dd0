/**
 * Plugin configuration (cms/config/plugins.ts → search.config), validated at boot with a message naming
 * the bad key. Meilisearch is used when `meilisearch.host` is set (from MEILISEARCH_HOST).
 */
import { PRESETS, type SourceConfig } from './sources';

export interface SearchConfig {
  /**
   * Indexed types: preset names ("article", "official-document") or full descriptions. Empty means
   * articles only. (No array in the defaults: Strapi deep-merges user config into them index by index.)
   */
  sources: Array<string | SourceConfig>;
  meilisearch: { host: string; apiKey: string; indexPrefix: string; timeoutMs: number; taskTimeoutMs: number };
  /** Minutes between drift checks (0 = never). */
  driftCheckMinutes: number;
  /**
   * Seconds between catch-ups of the embedded index from the database (every node: what changed since
   * the last one, and what was removed), for events a node missed. 0 = never.
   */
  catchUpSeconds: number;
  /** Seconds between retry-queue passes. */
  retryEverySeconds: number;
  /** `lazy`: build the embedded index on first search instead of at boot (scripts that only write). */
  embeddedBuild: 'boot' | 'lazy';
}

export const defaultConfig: SearchConfig = {
  sources: [],
  meilisearch: { host: '', apiKey: '', indexPrefix: 'portal', timeoutMs: 2000, taskTimeoutMs: 15000 },
  driftCheckMinutes: 15,
  catchUpSeconds: 60,
  retryEverySeconds: 5,
  embeddedBuild: 'boot',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(key: string, expected: string): never {
  throw new Error(`[search] config.${key} must be ${expected}`);
}

export function validateConfig(config: unknown): void {
  if (!isObject(config)) fail('', 'an object');
  const { sources, meilisearch, driftCheckMinutes, catchUpSeconds, retryEverySeconds, embeddedBuild } = config;
  if (!Array.isArray(sources)) fail('sources', 'an array');
  const types = new Set<string>();
  sources.forEach((entry, i) => {
    if (typeof entry === 'string' && !PRESETS[entry]) fail(`sources[${i}]`, `one of ${Object.keys(PRESETS).join(', ')} or a source object`);
    const source = typeof entry === 'string' ? PRESETS[entry] : entry;
    if (!isObject(source)) fail(`sources[${i}]`, 'an object');
    for (const key of ['uid', 'type', 'title', 'slug'])
      if (typeof source[key] !== 'string' || !source[key]) fail(`sources[${i}].${key}`, 'a non-empty string');
    if (!/^[a-z0-9-]+$/.test(source.type as string)) fail(`sources[${i}].type`, 'lower-case letters, digits and dashes');
    if (types.has(source.type as string)) fail(`sources[${i}].type`, 'unique');
    types.add(source.type as string);
  });
  if (!isObject(meilisearch)) fail('meilisearch', 'an object');
  if (typeof meilisearch.host !== 'string') fail('meilisearch.host', 'a string (empty: embedded engine only)');
  if (meilisearch.host && !/^https?:\/\//.test(meilisearch.host)) fail('meilisearch.host', 'an http(s) URL (MEILISEARCH_HOST)');
  if (!/^[A-Za-z0-9_-]+$/.test(String(meilisearch.indexPrefix))) fail('meilisearch.indexPrefix', 'letters, digits, _ or -');
  for (const key of ['timeoutMs', 'taskTimeoutMs']) if (!(Number(meilisearch[key]) > 0)) fail(`meilisearch.${key}`, 'a positive number');
  if (!(Number(driftCheckMinutes) >= 0)) fail('driftCheckMinutes', 'a number ≥ 0');
  if (!(Number(catchUpSeconds) >= 0)) fail('catchUpSeconds', 'a number ≥ 0');
  if (!(Number(retryEverySeconds) > 0)) fail('retryEverySeconds', 'a positive number');
  if (embeddedBuild !== 'boot' && embeddedBuild !== 'lazy') fail('embeddedBuild', '"boot" or "lazy"');
}

export function resolveSources(config: SearchConfig): SourceConfig[] {
  const list = config.sources.length > 0 ? config.sources : ['article'];
  return list.map((entry) => (typeof entry === 'string' ? PRESETS[entry]! : entry));
}
