/**
 * What the public is told when its input is refused before the database, or when something fails
 * inside: in the caller's language (Vietnamese unless it asks for English), never a database or driver
 * message, never a stack trace.
 */
import { defineMessages, pickLanguage, type Lang } from '@portal/strapi-plugin-core/shared';

export type { Lang };

const MESSAGES = defineMessages('portal', {
  nulByte: {
    vi: 'Dữ liệu gửi lên chứa ký tự NUL (\\u0000), không được chấp nhận. Hãy bỏ ký tự này và gửi lại.',
    en: 'The request contains a NUL character (\\u0000), which is not accepted. Remove it and try again.',
  },
  internal: {
    vi: 'Lỗi máy chủ. Vui lòng thử lại sau.',
    en: 'Internal error. Please try again later.',
  },
});

export type MessageKey = keyof typeof MESSAGES.table;

export const publicMessage = (lang: Lang, key: MessageKey): string => MESSAGES.text(lang, key);

/** The request's language (the core's one rule: `locale`, else Accept-Language, else Vietnamese). */
export const requestLang = pickLanguage;

/** True when a string, or any key or string inside an object or array, holds a NUL character. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000') || containsNul(item, depth + 1)) return true;
  }
  return false;
}
