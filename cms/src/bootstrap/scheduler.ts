import type { Core } from '@strapi/strapi';
import { jobs } from '../utils/core';
import { ARTICLE } from './article-desk';
import { recordAdminAction } from './audit-trail';
import { NotApprovedError } from './desk-approval';

/**
 * Scheduled publishing and unpublishing of articles (the times editors set in the edit view's
 * "Duyệt & lịch đăng" panel, stored per locale on the draft by ./article-desk.ts).
 *
 * Every tick (PORTAL_SCHEDULER_TICK_SECONDS, default 30 s, at most 60, so an entry goes out within half a
 * minute of its time) each CMS process looks for due entries in the database and publishes / unpublishes them with
 * the document service, exactly as the Publish button does: the publication date is set, the web is told
 * to revalidate, webhooks fire. Nothing is kept in memory, so a restart loses nothing: entries that fell
 * due while the CMS was down go out at the first tick after boot.
 *
 * Several CMS nodes: the ticking is a job of the core (`jobs.runExclusive`), so one node at a time runs
 * it, and another takes over when that one dies. Each entry is still claimed with one conditional UPDATE
 * that moves its time forward by a lease (`… SET scheduled_publish_at = now + lease WHERE id = ? AND
 * scheduled_publish_at <= now`): the database lets only one process change the row, and only that one
 * publishes. Publishing clears the time in the same transaction (./article-desk.ts); if the node dies
 * after claiming and before its publish commits, the entry falls due again when the lease ends
 * (PORTAL_SCHEDULER_CLAIM_SECONDS, default 120) and is retried. If the publish itself fails (an invalid
 * draft), the entry is handed back to the desk as "sent back" with the reason, instead of being
 * retried every tick. A draft edited after the editor approved it (./desk-approval.ts refuses to publish
 * it) is handed back as "changed", its time cleared, and the refusal is in the audit trail.
 */
const DEFAULT_TICK_SECONDS = 30;
const DEFAULT_CLAIM_SECONDS = 120;
const BATCH = 50;

type Due = { id: number; documentId: string; locale: string };
type Job = { field: 'scheduledPublishAt' | 'scheduledUnpublishAt'; run: (row: Due) => Promise<unknown>; verb: string };

export function tickSeconds(value = process.env.PORTAL_SCHEDULER_TICK_SECONDS): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 60) : DEFAULT_TICK_SECONDS;
}

export function claimSeconds(value = process.env.PORTAL_SCHEDULER_CLAIM_SECONDS): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_CLAIM_SECONDS;
}

/** Publishes / unpublishes what is due now; returns how many entries this process handled. */
export async function runDueSchedules(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const leaseEnd = new Date(now.getTime() + claimSeconds() * 1000);
  const documents = strapi.documents(ARTICLE as never);
  const jobs: Job[] = [
    { field: 'scheduledPublishAt', verb: 'published', run: ({ documentId, locale }) => documents.publish({ documentId, locale }) },
    { field: 'scheduledUnpublishAt', verb: 'unpublished', run: ({ documentId, locale }) => documents.unpublish({ documentId, locale }) },
  ];
  let handled = 0;
  for (const job of jobs) {
    const due: Due[] = await strapi.db.query(ARTICLE).findMany({
      where: { publishedAt: null, [job.field]: { $notNull: true, $lte: now } },
      select: ['id', 'documentId', 'locale'],
      orderBy: [{ [job.field]: 'asc' }],
      limit: BATCH,
    });
    for (const row of due) {
      const { count } = await strapi.db.query(ARTICLE).updateMany({
        where: { id: row.id, [job.field]: { $notNull: true, $lte: now } },
        data: { [job.field]: leaseEnd },
      });
      if (count !== 1) continue; // another process claimed it, or an editor changed the time meanwhile
      try {
        // One transaction for the whole publish, the desk's clearing of the time included: a node that dies
        // before it commits leaves the claimed time (the lease) behind, and the entry is retried.
        await strapi.db.transaction(() => job.run(row));
        handled += 1;
        strapi.log.info(`[portal] scheduled: article ${row.documentId} (${row.locale}) ${job.verb}`);
      } catch (error) {
        if (error instanceof NotApprovedError) {
          await handBackUnapproved(strapi, row, error.message);
          continue;
        }
        const reason = error instanceof Error ? error.message : String(error);
        strapi.log.warn(`[portal] scheduled: article ${row.documentId} (${row.locale}) could not be ${job.verb}: ${reason}`);
        await strapi.db.query(ARTICLE).update({
          where: { id: row.id },
          data: {
            [job.field]: null,
            reviewStatus: 'changes',
            reviewNote: `Không ${job.verb === 'published' ? 'đăng' : 'gỡ'} được theo lịch lúc ${now.toISOString()}: ${reason}`,
          },
        });
      }
    }
  }
  return handled;
}

/** A scheduled publication refused because the draft is not the approved version: back to the reporter. */
async function handBackUnapproved(strapi: Core.Strapi, row: Due, reason: string): Promise<void> {
  strapi.log.warn(`[portal] scheduled: article ${row.documentId} (${row.locale}) not published: ${reason}`);
  await strapi.db.query(ARTICLE).update({
    where: { id: row.id },
    data: { scheduledPublishAt: null, reviewStatus: 'changed', approvedFingerprint: null },
  });
  await recordAdminAction(strapi, undefined, {
    action: 'schedule',
    subjectType: ARTICLE,
    documentId: row.documentId,
    title: null,
    locale: row.locale,
    details: { scheduledPublishAt: null, refused: reason },
  });
}

/**
 * Starts the ticking (one node at a time: the core's job lease); returns the function that stops it
 * (called when Strapi shuts down).
 */
export function startScheduler(strapi: Core.Strapi): () => Promise<void> {
  return jobs(strapi).runExclusive('scheduled-publishing', tickSeconds() * 1000, async () => {
    try {
      await runDueSchedules(strapi);
    } catch (error) {
      strapi.log.warn(
        `[portal] scheduled publishing failed this tick (${error instanceof Error ? error.message : error}); retrying next tick`,
      );
    }
  });
}
