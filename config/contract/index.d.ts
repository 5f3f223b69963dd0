/**
 * What the CMS and the web portal agree on, written once:
 *
 * - **Cache tags.** Every cached CMS read of the web carries `site`; article lists of a locale carry
 *   `articles:<locale>`, an article page `article:<locale>:<slug>`.
 * - **The revalidation call.** On a public change the CMS sends
 *   `POST <WEB_URL>/api/revalidate`, header `x-revalidate-secret: <REVALIDATE_SECRET>`,
 *   body `{"tags": [...]}` (1–50 known tags), plus `"takedown": true` when readers must never see the old
 *   pages again (an unpublished, deleted or corrected article): the web then drops the tagged entries at once
 *   and the next reader waits for a fresh render, instead of being served the old page once while it
 *   refreshes in the background (ordinary publications). The web answers 401 for a wrong secret, 400 for a bad body.
 * - **The web's headers to the CMS.** `x-portal-web-key: <REVALIDATE_SECRET>` marks the web's own
 *   server-side requests; with it, `x-portal-client-ip` names the citizen the web forwards.
 */
export type Locale = 'vi' | 'en';
export declare const LOCALES: readonly Locale[];

export declare const tags: {
  readonly site: 'site';
  articles(locale: string): string;
  article(locale: string, slug: string): string;
};

/** The tag names a revalidation request may carry. */
export declare const TAG_PATTERN: RegExp;
export declare const MAX_TAGS: number;

export declare const REVALIDATE_PATH: '/api/revalidate';
export declare const REVALIDATE_SECRET_HEADER: 'x-revalidate-secret';
export declare const WEB_KEY_HEADER: 'x-portal-web-key';
export declare const CLIENT_IP_HEADER: 'x-portal-client-ip';

/**
 * "Tối đa {max} ký tự" + { max: 80 } → "Tối đa 80 ký tự" (an unknown name becomes empty): the one `{param}` filler of
 * the CMS's messages (through the core's shared pieces) and the web's strings.
 */
export declare function fill(text: string, params?: Record<string, string | number>): string;

/** Tags of an article's pages: its locale's lists and the page at each slug. */
export declare function articleTags(versions: ReadonlyArray<{ locale: string; slug: string }>): string[];

/** A revalidation body as {tags, takedown}, or null when it is not {"tags": [1–50 known tags], "takedown"?: boolean}. */
export declare function parseRevalidationRequest(body: unknown): { tags: string[]; takedown: boolean } | null;

/** The tags of a revalidation body, or null when it is not valid (see parseRevalidationRequest). */
export declare function parseRevalidationBody(body: unknown): string[] | null;

/** POST {webUrl}/api/revalidate with the shared secret and the tags; resolves to the fetch Response. */
export declare function requestRevalidation(
  webUrl: string,
  secret: string,
  tags: string[],
  options?: { timeoutMs?: number; takedown?: boolean },
): Promise<Response>;

/** Counts of a dossier-figures row (QĐ 766 indicators), in import-file order. */
export declare const DOSSIER_COUNT_FIELDS: readonly [
  'received',
  'carriedOver',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'inProgress',
  'overdue',
  'submittedOnline',
  'returnedByPost',
];
/** Columns of the CMS's dossier import file and of the web's open-data CSV, so a download can be re-imported. */
export declare const DOSSIER_CSV_COLUMNS: readonly ['period', 'unit', ...typeof DOSSIER_COUNT_FIELDS, 'asOf', 'source'];
