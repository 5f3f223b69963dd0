/** Citizen-facing messages of the reviews API, in the caller's language (merged into the core's catalog). */
import { defineMessages, pickLanguage, type Lang } from '@portal/strapi-plugin-core/shared';

export type { Lang };

export const MESSAGES = defineMessages('reviews', {
  captcha: { vi: 'Mã xác thực không đúng.', en: 'The verification code is incorrect.' },
  rateLimited: {
    vi: 'Bạn gửi quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many submissions. Please try again in {seconds} seconds.',
  },
  votesPerNetwork: {
    vi: 'Đã có nhiều lượt đánh giá bài viết này từ cùng một mạng. Vui lòng thử lại sau khoảng {hours} giờ.',
    en: 'Many votes for this article have come from the same network. Please try again in about {hours} hours.',
  },
  honeypot: { vi: 'Không thể gửi bình luận này.', en: 'This comment could not be sent.' },
  consentRequired: {
    vi: 'Vui lòng đánh dấu đồng ý với Chính sách bảo vệ dữ liệu cá nhân trước khi gửi.',
    en: 'Please tick your consent to the personal data protection policy before sending.',
  },
  nameRequired: { vi: 'Vui lòng nhập họ tên.', en: 'Please enter your name.' },
  nameTooLong: { vi: 'Họ tên dài tối đa {max} ký tự.', en: 'Your name may be at most {max} characters long.' },
  emailInvalid: { vi: 'Địa chỉ email không hợp lệ.', en: 'The e-mail address is not valid.' },
  textRequired: { vi: 'Vui lòng nhập nội dung bình luận.', en: 'Please write your comment.' },
  textTooLong: { vi: 'Bình luận dài tối đa {max} ký tự.', en: 'A comment may be at most {max} characters long.' },
  badWords: {
    vi: 'Bình luận có từ ngữ không phù hợp. Vui lòng sửa lại.',
    en: 'The comment contains inappropriate language. Please rephrase it.',
  },
  articleInvalid: { vi: 'Không tìm thấy bài viết.', en: 'The article was not found.' },
  localeInvalid: { vi: 'Ngôn ngữ không hợp lệ (vi hoặc en).', en: 'Invalid locale (vi or en).' },
  parentInvalid: { vi: 'Không thể trả lời bình luận này.', en: 'This comment cannot be replied to.' },
  starsInvalid: { vi: 'Vui lòng chọn từ 1 đến 5 sao.', en: 'Please choose from 1 to 5 stars.' },
  commentNotFound: { vi: 'Không tìm thấy bình luận.', en: 'The comment was not found.' },
  pageInvalid: { vi: 'Số trang không hợp lệ.', en: 'Invalid page number.' },
  statusInvalid: { vi: 'Trạng thái không hợp lệ.', en: 'Invalid status.' },
  awaitingModeration: {
    vi: 'Cảm ơn bạn! Bình luận đang chờ kiểm duyệt.',
    en: 'Thank you! Your comment is awaiting moderation.',
  },
  reported: { vi: 'Cảm ơn bạn đã báo cáo.', en: 'Thank you for your report.' },
  idsInvalid: { vi: 'Danh sách bình luận không hợp lệ.', en: 'Invalid list of comments.' },
});

export type MessageKey = keyof typeof MESSAGES.table;

export const message = (key: MessageKey, lang: Lang, params: Record<string, string | number> = {}): string =>
  MESSAGES.text(lang, key, params);

/** The caller's language: an explicit `locale` first, then Accept-Language, then Vietnamese. */
export const pickLang = pickLanguage;
