/** Messages of the counter's API (merged into the core's catalog). Admin answers carry both languages. */
import { defineMessages, pickLanguage } from '@portal/strapi-plugin-core/shared';

export const MESSAGES = defineMessages('visit-counter', {
  articleInvalid: { vi: 'Mã bài viết không hợp lệ.', en: 'Invalid article id.' },
  startingTotalInvalid: { vi: 'Số liệu ban đầu phải là số nguyên không âm.', en: 'The starting total must be a whole number ≥ 0.' },
  totalInvalid: { vi: 'Tổng lượt truy cập phải là số nguyên không âm.', en: 'The total must be a whole number ≥ 0.' },
  reasonInvalid: { vi: 'Hãy ghi lý do điều chỉnh (3–500 ký tự).', en: 'Give the reason for the correction (3–500 characters).' },
});

type Key = keyof typeof MESSAGES.table;

/** In the caller's language (`?locale`, else Accept-Language, else Vietnamese). */
export const callerMessage = (ctx: { query: Record<string, unknown>; get(name: string): string }, key: Key) =>
  MESSAGES.text(pickLanguage(ctx.query.locale, ctx.get('accept-language')), key);

/** For the admin panel, in both languages ("vi / en"). */
export const adminMessage = (key: Key) => `${MESSAGES.text('vi', key)} / ${MESSAGES.text('en', key)}`;
