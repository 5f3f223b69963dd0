/**
 * The core's runtime pieces other packages import directly (plain JavaScript beside this file, no
 * build step, so unit tests and the CMS's own code load it as is): the public-change event's types,
 * one PortalError with per-plugin message tables, the `{param}` filler and the request-language picker.
 */

// ── Public changes (services/public-changes.ts emits them) ─────────────────────────────────────────
export type PublicChangeAction = 'publish' | 'unpublish' | 'update-published' | 'delete';

/** A published row of the document (before or after the change), with the fields asked for by `track`. */
export type PublishedVersion = { locale: string | null } & Record<string, unknown>;

export interface PublicChange {
  /** Content type, e.g. `api::article.article`. */
  uid: string;
  documentId: string;
  action: PublicChangeAction;
  /** The locales the change concerns: the one (or the list) the call named, else every locale published before or after. */
  locales: string[];
  /** Published versions before and after (every locale), with tracked fields (e.g. an article's slug). */
  before: PublishedVersion[];
  after: PublishedVersion[];
}

export type PublicChangeListener = (change: PublicChange) => void | Promise<void>;
/** `origin`: once, on the node where the change happened; `every-node`: node-local state (caches). */
export type ListenerScope = 'origin' | 'every-node';

export type PublicChanges = {
  on(listener: PublicChangeListener, options?: { scope?: ListenerScope }): () => void;
  track(uid: string, fields: string[]): void;
  emit(change: PublicChange): Promise<void>;
};
