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
  /**
   * Readers saw something this change removes or replaces (an unpublish, a delete, or a new version of a
   * locale that was already published: a correction): caches must drop the old pages at once, never serve
   * them once more while refreshing. False for a first publication, which may refresh in the background.
   */
  takedown: boolean;
}

export type PublicChangeListener = (change: PublicChange) => void | Promise<void>;
/** `origin`: once, on the node where the change happened; `every-node`: node-local state (caches). */
export type ListenerScope = 'origin' | 'every-node';

export type PublicChanges = {
  on(listener: PublicChangeListener, options?: { scope?: ListenerScope }): () => void;
  track(uid: string, fields: string[]): void;
  emit(change: PublicChange): Promise<void>;
};

// ── Languages, messages, errors ─────────────────────────────────────────────────────────────────
export type Lang = 'vi' | 'en';
export declare const LANGUAGES: readonly Lang[];
export declare const DEFAULT_LANGUAGE: Lang;
export type MessageParams = Record<string, string | number>;
export type MessageTable = Record<string, Record<Lang, string>>;

/** "Tối đa {max} ký tự" + { max: 80 } → "Tối đa 80 ký tự" (an unknown name becomes empty); the contract's filler. */
export { fill } from '@portal/contract';

/** The caller's language: an explicit locale (`en`, `en-GB`, `vi`), else the most preferred vi/en in Accept-Language, else vi. */
export declare function pickLanguage(locale: unknown, acceptLanguage?: string | null): Lang;

export interface Messages<T extends MessageTable> {
  namespace: string;
  table: T;
  text(lang: Lang, key: keyof T & string, params?: MessageParams): string;
}

/** A plugin's message table; its keys join the core's merged catalog under `namespace.`. */
export declare function defineMessages<const T extends MessageTable>(namespace: string, table: T): Messages<T>;

/** A message of the merged catalog (`reviews.captcha`), or undefined. */
export declare function portalMessage(lang: Lang, id: string, params?: MessageParams): string | undefined;

export type PortalStatus = 400 | 401 | 403 | 404 | 413 | 429;

/** A refusal the caller can read, put in words at the edge in the caller's language. */
export declare class PortalError<K extends string = string> extends Error {
  constructor(
    messages: Messages<MessageTable>,
    key: K,
    options?: { status?: PortalStatus; params?: MessageParams; details?: Record<string, unknown> },
  );
  readonly messages: Messages<MessageTable>;
  readonly key: K;
  readonly status: PortalStatus;
  readonly params: MessageParams;
  /** Strapi's `error.details`; default `{ code: key, ...params }`. */
  readonly details: Record<string, unknown> | undefined;
  localized(lang: Lang): string;
}

/** A PortalError as Strapi's own error type (REST envelope, GraphQL extensions); any other error as is. */
export declare function toStrapiError(error: unknown, lang: Lang): unknown;

// ── Sites' host names (host-label.js) ───────────────────────────────────────────────────────────
export { HOST_PATTERN, LABEL_PATTERN, hostLabel, normalHost, plainLatin, withoutDiacritics } from './host-label.js';
