/** Messages a caller reads (400s), in the request's language (merged into the core's catalog). */
import { defineMessages, pickLanguage, type Lang } from '@portal/strapi-plugin-core/shared';

export type { Lang };

export const MESSAGES = defineMessages('search', {
  queryTooLong: { vi: 'Từ khóa tìm kiếm dài tối đa {max} ký tự.', en: 'The search text may be at most {max} characters long.' },
  notText: { vi: 'Tham số "{field}" phải là một chuỗi ký tự.', en: 'The "{field}" parameter must be a single text value.' },
  badLocale: {
    vi: 'Ngôn ngữ "{value}" không được hỗ trợ; dùng một trong: {allowed}.',
    en: 'Language "{value}" is not supported; use one of: {allowed}.',
  },
  badCategory: { vi: 'Chuyên mục không hợp lệ.', en: 'The category is not valid.' },
  badDate: {
    vi: 'Ngày "{field}" phải có dạng NNNN-TT-NN (ví dụ 2024-05-31).',
    en: 'The "{field}" date must look like YYYY-MM-DD (for example 2024-05-31).',
  },
  dateOrder: { vi: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', en: 'The start date must not be after the end date.' },
  badPage: { vi: 'Số trang phải là số nguyên từ 1 đến {max}.', en: 'The page must be a whole number from 1 to {max}.' },
  badPageSize: {
    vi: 'Số kết quả mỗi trang phải là số nguyên từ 1 đến {max}.',
    en: 'The page size must be a whole number from 1 to {max}.',
  },
  badSort: { vi: 'Cách sắp xếp phải là "relevance" (liên quan) hoặc "date" (mới nhất).', en: 'The sort must be "relevance" or "date".' },
  badType: {
    vi: 'Loại nội dung "{value}" không có trong tìm kiếm; dùng: {allowed}.',
    en: 'Content type "{value}" is not searchable; use: {allowed}.',
  },
});

export type MessageKey = keyof typeof MESSAGES.table;

export const message = (lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string =>
  MESSAGES.text(lang, key, params);

/** The caller's language: an explicit locale wins, then the most preferred vi/en in Accept-Language. */
export const callerLang = pickLanguage;
