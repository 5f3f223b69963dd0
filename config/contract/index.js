'use strict';
// The contract between the CMS and the web portal, written once (types and docs: index.d.ts).
// Plain CommonJS, no build: the CMS (compiled CommonJS), its scripts, the web (Next) and tests load it as is.

const LOCALES = ['vi', 'en'];

const tags = {
  site: 'site',
  articles: (locale) => `articles:${locale}`,
  article: (locale, slug) => `article:${locale}:${slug}`,
};

const TAG_PATTERN = /^(site|articles:(vi|en)|article:(vi|en):[a-z0-9][a-z0-9-]{0,199})$/;
const MAX_TAGS = 50;

const REVALIDATE_PATH = '/api/revalidate';
const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret';
const WEB_KEY_HEADER = 'x-portal-web-key';
const CLIENT_IP_HEADER = 'x-portal-client-ip';

/** "Tối đa {max} ký tự" + { max: 80 } → "Tối đa 80 ký tự" (an unknown name becomes empty): the one `{param}` filler. */
function fill(text, params = {}) {
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Tags of an article's pages: its locale's lists and the page at each slug. */
function articleTags(versions) {
  const out = new Set();
  for (const { locale, slug } of versions) {
    out.add(tags.articles(locale));
    out.add(tags.article(locale, slug));
  }
  return [...out];
}

/** A revalidation body as {tags, takedown}, or null when it is not {"tags": [1–50 known tags], "takedown"?: boolean}. */
function parseRevalidationRequest(body) {
  if (typeof body !== 'object' || body === null) return null;
  const list = body.tags;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_TAGS) return null;
  if (!list.every((t) => typeof t === 'string' && TAG_PATTERN.test(t))) return null;
  if (body.takedown !== undefined && typeof body.takedown !== 'boolean') return null;
  return { tags: [...new Set(list)], takedown: body.takedown === true };
}

/** The tags of a revalidation body, or null when it is not valid (see parseRevalidationRequest). */
function parseRevalidationBody(body) {
  return parseRevalidationRequest(body)?.tags ?? null;
}

/** POST {webUrl}/api/revalidate with the shared secret and the tags; resolves to the fetch Response. */
function requestRevalidation(webUrl, secret, list, { timeoutMs = 5000, takedown = false } = {}) {
  return fetch(`${String(webUrl).replace(/\/$/, '')}${REVALIDATE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: secret },
    body: JSON.stringify(takedown ? { tags: list, takedown: true } : { tags: list }),
    signal: AbortSignal.timeout(timeoutMs),
  });
}

/** Counts of a dossier-figures row (QĐ 766 indicators), in import-file order. */
const DOSSIER_COUNT_FIELDS = [
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
const DOSSIER_CSV_COLUMNS = ['period', 'unit', ...DOSSIER_COUNT_FIELDS, 'asOf', 'source'];
module.exports = {
  DOSSIER_COUNT_FIELDS,
  DOSSIER_CSV_COLUMNS,
  LOCALES,
  tags,
  TAG_PATTERN,
  MAX_TAGS,
  REVALIDATE_PATH,
  REVALIDATE_SECRET_HEADER,
  WEB_KEY_HEADER,
  CLIENT_IP_HEADER,
  articleTags,
  fill,
  parseRevalidationBody,
  parseRevalidationRequest,
  requestRevalidation,
};
