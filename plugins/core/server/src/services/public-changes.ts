import type { Core } from '@strapi/strapi';
import { SITE_UID } from '../content-types/site';

/**
 * One "public change" event for the whole CMS: what readers can see of a document changed. The core
 * decides it once, in one document-service middleware, so every code path through the document
 * service (the admin, the REST and GraphQL APIs, scheduled publishing, scripts) is covered:
 *
 *   publish            a version was published (`publish`)
 *   unpublish          a published version was taken down (`unpublish`)
 *   update-published   a save that is public at once: `create`/`update` with `status: 'published'`,
 *                      or any save of a type without Draft & Publish
 *   delete             the document (or some of its locales) was deleted
 *
 * Draft saves are not public and emit nothing. Content types of the application (`api::`) count, and the
 * platform's sites (a site's hosts, state or theme is what its readers see first: every node reloads it).
 *
 * Listeners (web revalidation, the partner feed's response cache, search indexing) are awaited, so
 * when the editor's request answers, every listener has run; a failing listener is logged and never
 * fails the editor's action.
 *
 * Seam for several CMS nodes: an event is plain JSON. A listener says where it must run: `origin`
 * (once, on the node where the change happened: revalidating the web, indexing) or `every-node`
 * (node-local state: in-memory caches, the embedded search index). With Redis the core plugs in a
 * transport over its pub/sub (`setTransport`, ../utils/redis-transport.ts): every local event is sent
 * once the change is committed, and events from other nodes go to `receive`, which runs only the
 * `every-node` listeners. Without Redis there is one node and both scopes run here.
 */
import type { ListenerScope, PublicChange, PublicChangeAction, PublicChangeListener, PublishedVersion } from '../../../shared/index.js';

export type { ListenerScope, PublicChange, PublicChangeAction, PublicChangeListener, PublishedVersion };

/** Carries events between CMS nodes (the core sets one over Redis pub/sub when REDIS_URL is set). */
export interface PublicChangeTransport {
  send(change: PublicChange): Promise<void>;
  start(receive: (change: PublicChange) => Promise<void>): Promise<void>;
}

const SAVES = new Set(['create', 'update']);
const ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'delete']);

type Params = { documentId?: string; locale?: unknown; status?: string };

/** Whether changes of a content type are public changes: the application's types and the sites. */
export const isPublicType = (uid: string): boolean => uid.startsWith('api::') || uid === SITE_UID;

/** The event's action for a document-service action, or null when it cannot change anything public. */
export function publicAction(action: string, params: Params, draftAndPublish: boolean): PublicChangeAction | null {
  if (!ACTIONS.has(action)) return null;
  if (SAVES.has(action)) return !draftAndPublish || params.status === 'published' ? 'update-published' : null;
  return action as PublicChangeAction;
}

/** The locales a call names: one, a list, or null for all (`'*'` or none). */
export function namedLocales(locale: unknown): string[] | null {
  if (typeof locale === 'string' && locale !== '*') return [locale];
  if (Array.isArray(locale)) return locale.filter((l): l is string => typeof l === 'string');
  return null;
}

/**
 * Whether a change takes down or replaces what readers saw (the event's `takedown`): an unpublish or a delete,
 * or a new version of a locale (of a type without locales: of the document) that was published before.
 */
export function isTakedown(action: PublicChangeAction, locales: string[], before: PublishedVersion[]): boolean {
  if (action === 'unpublish' || action === 'delete') return true;
  return before.some((v) => v.locale === null || locales.length === 0 || locales.includes(v.locale));
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const listeners: Array<{ listener: PublicChangeListener; scope: ListenerScope }> = [];
  const tracked = new Map<string, Set<string>>();
  let transport: PublicChangeTransport | null = null;

  async function run(change: PublicChange, scopes: ListenerScope[]) {
    for (const { listener, scope } of listeners) {
      if (!scopes.includes(scope)) continue;
      try {
        await listener(change);
      } catch (error) {
        strapi.log.error(
          `[portal-core] a public-change listener failed for ${change.uid} ${change.documentId}: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
  }

  async function publishedVersions(uid: string, documentId: string | undefined): Promise<PublishedVersion[]> {
    if (!documentId) return [];
    const attributes = (strapi.contentTypes[uid as never] as { attributes?: Record<string, unknown> } | undefined)?.attributes ?? {};
    const select = [...new Set(['locale', ...(tracked.get(uid) ?? [])])].filter((field) => field in attributes);
    const rows = (await strapi.db
      .query(uid as never)
      .findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['id', ...select] } as never)) as Array<
      Record<string, unknown>
    >;
    return rows.map(({ id: _id, ...row }) => ({ ...row, locale: typeof row.locale === 'string' ? row.locale : null }));
  }

  const service = {
    /** Run `listener` on every public change (see the scopes above). Returns a function that stops it. */
    on(listener: PublicChangeListener, options: { scope?: ListenerScope } = {}): () => void {
      const entry = { listener, scope: options.scope ?? 'origin' };
      listeners.push(entry);
      return () => {
        const i = listeners.indexOf(entry);
        if (i >= 0) listeners.splice(i, 1);
      };
    },

    /** Ask for more fields of the published versions in `before`/`after` (e.g. `slug` for addresses). */
    track(uid: string, fields: string[]): void {
      const set = tracked.get(uid) ?? new Set<string>();
      for (const field of fields) set.add(field);
      tracked.set(uid, set);
    },

    /** Announce a change: every listener here, and (with a transport) the other nodes. */
    async emit(change: PublicChange): Promise<void> {
      await run(change, ['origin', 'every-node']);
      if (!transport) return;
      const sender = transport;
      const send = async () => {
        try {
          await sender.send(change);
        } catch (e) {
          strapi.log.warn(`[portal-core] public change not sent to other nodes: ${e instanceof Error ? e.message : e}`);
        }
      };
      // Other nodes read the database when the event arrives: inside a transaction, send once it is committed.
      if (!strapi.db?.inTransaction()) return send();
      await strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => void send());
      });
    },

    /** A change made on another node: only node-local state is refreshed here. */
    receive: (change: PublicChange) => run(change, ['every-node']),

    async setTransport(next: PublicChangeTransport): Promise<void> {
      transport = next;
      await next.start(service.receive);
    },

    /** The document-service middleware that turns document actions into events (registered by the core). */
    register(): void {
      strapi.documents.use(async (context, next) => {
        const params = (context.params ?? {}) as Params;
        const draftAndPublish = Boolean(context.contentType?.options?.draftAndPublish);
        const action = isPublicType(context.uid) ? publicAction(context.action, params, draftAndPublish) : null;
        if (!action) return next();
        const before = await publishedVersions(context.uid, params.documentId);
        const result = await next();
        const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
        if (!documentId) return result;
        const after = await publishedVersions(context.uid, documentId);
        // Unpublishing or deleting what was never published changes nothing public.
        if (draftAndPublish && before.length === 0 && after.length === 0) return result;
        const all = [...before, ...after].flatMap((v) => (v.locale ? [v.locale] : []));
        const locales = namedLocales(params.locale) ?? [...new Set(all)];
        const takedown = isTakedown(action, locales, before);
        await service.emit({ uid: context.uid, documentId, action, locales, before, after, takedown });
        return result;
      });
    },
  };
  return service;
};
