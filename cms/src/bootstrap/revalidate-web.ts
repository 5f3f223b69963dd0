import type { Core } from '@strapi/strapi';
import { articleTags, requestRevalidation, tags as contractTags } from '@portal/contract';
import { publicChanges } from '../utils/core';

/**
 * Tells the web portal which cached pages changed, so published news shows up within seconds while
 * readers are otherwise served from Next's cache. Calls POST {WEB_URL}/api/revalidate with the shared
 * REVALIDATE_SECRET and cache tags (the CMS–web contract, config/contract):
 *   - an article published / unpublished / deleted → `articles:<locale>` and `article:<locale>:<slug>`
 *     for its slugs before and after (a changed slug clears the old page too);
 *   - categories, units, links, settings (no drafts: every save is public) → `site`, which every
 *     cached CMS read carries.
 * What counts as public (not a draft save) is the platform core's public-change event (plugins/core).
 * Ordinary publications are batched over a short window and never block the editor's action; the web
 * refreshes those pages in the background. A takedown (the event's `takedown`: unpublished, deleted or
 * corrected content) is sent at once with `takedown: true` and awaited, so when the editor's click is
 * confirmed the web has already dropped the old pages and no reader gets them again. Neither ever fails
 * the editor's action.
 */
const ARTICLE = 'api::article.article';
const SITE_TYPES = new Set([
  'api::category.category',
  'api::organization-unit.organization-unit',
  'api::site-setting.site-setting',
  'api::website-link.website-link',
  'api::admin-unit.admin-unit',
  'api::map-layer.map-layer',
  'api::official-document.official-document',
  'api::dossier-statistic.dossier-statistic',
]);
const BATCH_MS = 150;

/** Attempts of one revalidation call (a web node restarting, nginx moving to the next node). */
const RETRY_DELAYS_MS = [250, 1000];
/**
 * The same tags are sent once more this long after a successful call: a page render that read the CMS
 * just before the publication may finish after the first call and store the old data again (in the
 * shared Redis cache every web node would then serve it). The second call drops that late entry.
 */
const SECOND_SWEEP_MS = Number(process.env.REVALIDATE_SECOND_SWEEP_MS ?? 2000);

export function createRevalidator(strapi: Core.Strapi, webUrl: string, secret: string) {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  async function send(tags: string[], takedown = false): Promise<boolean> {
    let problem = '';
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt += 1) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt - 1]));
      try {
        const res = await requestRevalidation(webUrl, secret, tags, { takedown });
        if (res.ok) return true;
        problem = `answered ${res.status}`;
        if (res.status < 500) break; // a wrong secret or a bad request does not get better by trying again
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
    }
    strapi.log.warn(`[portal] web revalidation failed (${problem}) for ${tags.join(', ')}; pages refresh within the hour`);
    return false;
  }

  async function flush() {
    timer = null;
    const tags = [...pending];
    pending.clear();
    if (tags.length === 0) return;
    if (!(await send(tags))) return;
    strapi.log.debug(`[portal] web revalidated ${tags.join(', ')}`);
    if (SECOND_SWEEP_MS > 0) {
      setTimeout(() => void send(tags), SECOND_SWEEP_MS).unref();
    }
  }

  /** Sent now and awaited (the editor's request waits for it); swept once more like a batch. */
  async function takeDown(tags: string[]) {
    if (!(await send(tags, true))) return;
    strapi.log.debug(`[portal] web dropped ${tags.join(', ')} (takedown)`);
    if (SECOND_SWEEP_MS > 0) setTimeout(() => void send(tags, true), SECOND_SWEEP_MS).unref();
  }

  return async (tags: string[], { takedown = false } = {}): Promise<void> => {
    if (takedown) return takeDown(tags);
    for (const tag of tags) pending.add(tag);
    if (!timer) timer = setTimeout(() => void flush(), BATCH_MS);
  };
}

export function registerWebRevalidation(strapi: Core.Strapi): void {
  const webUrl = (process.env.WEB_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  const secret = process.env.REVALIDATE_SECRET ?? '';
  if (!webUrl || !secret) {
    strapi.log.info('[portal] WEB_URL or REVALIDATE_SECRET not set: the web portal will not be told about publications');
    return;
  }
  const revalidate = createRevalidator(strapi, webUrl, secret);
  const changes = publicChanges(strapi);
  // The article's address (slug) before and after: a changed slug clears the old page too.
  changes.track(ARTICLE, ['slug']);
  changes.on(async (change) => {
    const options = { takedown: change.takedown };
    if (change.uid === ARTICLE) {
      const versions = [...change.before, ...change.after].flatMap((v) =>
        typeof v.slug === 'string' && v.locale ? [{ slug: v.slug, locale: v.locale }] : [],
      );
      await revalidate(articleTags(versions), options);
    } else if (SITE_TYPES.has(change.uid)) await revalidate([contractTags.site], options);
  });
}
