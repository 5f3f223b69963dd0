/** Caller-facing messages of the core, in Vietnamese and English (merged into the core's catalog). */
import { defineMessages } from '../../../shared/index.js';

export const MESSAGES = defineMessages('portal-core', {
  unknownSite: {
    vi: 'Trang thông tin "{key}" không tồn tại.',
    en: 'There is no site "{key}".',
  },
  siteMoved: {
    vi: 'Không thể chuyển nội dung sang trang thông tin "{key}": nội dung này thuộc trang "{current}".',
    en: 'Content cannot be moved to the site "{key}": it belongs to the site "{current}".',
  },
  siteKeyFixed: {
    vi: 'Mã trang thông tin "{current}" không đổi được: nội dung của trang được gắn với mã này.',
    en: 'The site key "{current}" cannot change: the site\'s content is stored under it.',
  },
  badHost: {
    vi: 'Địa chỉ "{host}" không hợp lệ: chỉ dùng chữ thường không dấu, số, dấu gạch ngang và dấu chấm (ví dụ camxuyen.hatinh.gov.vn).',
    en: 'The host "{host}" is not valid: use lowercase letters, digits, hyphens and dots (e.g. camxuyen.hatinh.gov.vn).',
  },
  hostTaken: {
    vi: 'Địa chỉ "{host}" đã thuộc trang thông tin "{owner}".',
    en: 'The host "{host}" already belongs to the site "{owner}".',
  },
  defaultSiteKept: {
    vi: 'Không thể xóa trang thông tin mặc định "{key}".',
    en: 'The default site "{key}" cannot be deleted.',
  },
  siteHasContent: {
    vi: 'Không thể xóa trang thông tin "{key}": trang còn {count} mục nội dung. Hãy chuyển trang sang trạng thái lưu trữ hoặc tạm dừng.',
    en: 'The site "{key}" cannot be deleted: it still holds {count} entries. Archive or suspend it instead.',
  },
  noSiteHere: {
    vi: 'Không có trang thông tin nào ở địa chỉ này.',
    en: 'There is no site at this address.',
  },
});

export type MessageKey = keyof typeof MESSAGES.table;
