/**
 * Validation of public input, at the edge. Each function returns clean values or throws a
 * ReviewsError naming the problem (its message is chosen in the caller's language later).
 */
import { ReviewsError } from './errors';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const MAX_TEXT = 2000;
export const MAX_NAME = 80;
const MAX_EMAIL = 254;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Control characters other than line breaks and tabs are removed; Unicode is normalised (NFC). */
export function cleanText(value: string): string {
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .trim()
  );
}

export function articleRef(input: { article?: unknown; locale?: unknown }): { article: string; locale: Locale } {
  const article = str(input.article).trim();
  if (!/^[a-z0-9]{10,40}$/i.test(article)) throw new ReviewsError('articleInvalid', 404);
  const locale = str(input.locale);
  if (!(LOCALES as readonly string[]).includes(locale)) throw new ReviewsError('localeInvalid');
  return { article, locale: locale as Locale };
}

export interface CommentInput {
  article: string;
  locale: Locale;
  parentId: number | null;
  authorName: string;
  email: string | null;
  text: string;
  /** When the commenter agreed to the privacy notice (epoch ms); the service stamps the notice version. */
  consentAt: number;
}

export function commentInput(body: Record<string, unknown>): CommentInput {
  const ref = articleRef(body);
  const authorName = cleanText(str(body.authorName)).replace(/\s+/g, ' ');
  if (!authorName) throw new ReviewsError('nameRequired');
  if ([...authorName].length > MAX_NAME) throw new ReviewsError('nameTooLong', 400, { max: MAX_NAME });
  const rawEmail = str(body.email).trim();
  if (rawEmail && (rawEmail.length > MAX_EMAIL || !/^[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]{2,}$/.test(rawEmail))) {
    throw new ReviewsError('emailInvalid');
  }
  const text = cleanText(str(body.text));
  if (!text) throw new ReviewsError('textRequired');
  if ([...text].length > MAX_TEXT) throw new ReviewsError('textTooLong', 400, { max: MAX_TEXT });
  const parent = body.parentId ?? body.parent ?? null;
  let parentId: number | null = null;
  if (parent !== null && parent !== undefined && parent !== '') {
    parentId = Number(parent);
    if (!Number.isSafeInteger(parentId) || parentId <= 0) throw new ReviewsError('parentInvalid');
  }
  // Law 91/2025: personal data only with the person's consent, given by ticking the box under the form.
  if (body.consent !== true && body.consent !== 'true' && body.consent !== 'on') throw new ReviewsError('consentRequired');
  return { ...ref, parentId, authorName, email: rawEmail ? rawEmail.toLowerCase() : null, text, consentAt: Date.now() };
}

export function starsInput(value: unknown): 1 | 2 | 3 | 4 | 5 {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 5) throw new ReviewsError('starsInvalid');
  return n as 1 | 2 | 3 | 4 | 5;
}

export function pageInput(page: unknown, pageSize: unknown, maxSize = 50): { page: number; pageSize: number } {
  const p = page === undefined || page === null || page === '' ? 1 : Number(page);
  const s = pageSize === undefined || pageSize === null || pageSize === '' ? 10 : Number(pageSize);
  if (!Number.isInteger(p) || p < 1 || p > 100_000 || !Number.isInteger(s) || s < 1) throw new ReviewsError('pageInvalid');
  return { page: p, pageSize: Math.min(s, maxSize) };
}
