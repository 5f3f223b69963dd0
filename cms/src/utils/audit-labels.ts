/**
 * Names of the audit trail's actions, in Vietnamese and English: one list for the admin page (messages.ts
 * turns them into `audit.action.*`) and the CSV export, which is written in Vietnamese for the desk.
 */
import type { AuditRow, CsvNames } from './audit-csv';
import { TYPE_NAMES } from './field-labels';

export const AUDIT_ACTION_NAMES = {
  vi: {
    create: 'Tạo mới',
    update: 'Sửa',
    publish: 'Xuất bản',
    unpublish: 'Gỡ xuất bản',
    schedule: 'Hẹn giờ',
    discard: 'Bỏ bản nháp',
    delete: 'Xóa',
    login: 'Đăng nhập',
    'login-failed': 'Đăng nhập không thành công',
    role: 'Đổi vai trò, quyền',
    'personal-data': 'Xử lý dữ liệu cá nhân',
    upload: 'Tải tệp lên',
    account: 'Tài khoản quản trị (mời, kích hoạt)',
    token: 'Mã truy cập API (token)',
    settings: 'Đổi cài đặt',
    moderation: 'Kiểm duyệt bình luận',
    'visit-correction': 'Điều chỉnh lượt truy cập',
    'review.ready': 'Gửi duyệt',
    'review.changes': 'Trả lại phóng viên',
  },
  en: {
    create: 'Create',
    update: 'Update',
    publish: 'Publish',
    unpublish: 'Unpublish',
    schedule: 'Schedule',
    discard: 'Discard draft',
    delete: 'Delete',
    login: 'Login',
    'login-failed': 'Failed login',
    role: 'Role change',
    'personal-data': 'Personal data handled',
    upload: 'Upload',
    account: 'Staff account (invitation, activation)',
    token: 'API token',
    settings: 'Settings change',
    moderation: 'Comment moderation',
    'visit-correction': 'Visit count correction',
    'review.ready': 'Marked ready for review',
    'review.changes': 'Sent back to the reporter',
  },
} as const;

export type AuditActionName = keyof (typeof AUDIT_ACTION_NAMES)['vi'];

/** Audited types that are no content type of the portal, by the English display name TYPE_NAMES translates. */
export const ADMIN_TYPE_NAMES: Record<string, string> = {
  'admin::user': 'Staff account',
  'admin::role': 'Role',
  'admin::api-token': 'API token',
  'admin::transfer-token': 'Transfer token',
  'plugin::upload.file': 'Media file',
  'plugin::reviews.comment': 'Comment',
  'plugin::visit-counter.total': 'Visit count',
};

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Vietnam's clocks show it: dd/mm/yyyy HH:mm:ss (Asia/Ho_Chi_Minh). */
export function vietnamTime(iso: string): string {
  const p = Object.fromEntries(VIETNAM_TIME.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** The CSV in the desk's words: Vietnam time, Vietnamese action and type names, "Hệ thống" for jobs. */
export function vietnameseCsvNames(displayNameOf: (uid: string) => string | undefined): CsvNames {
  const names: Record<string, string> = AUDIT_ACTION_NAMES.vi;
  return {
    time: vietnamTime,
    action: (r: AuditRow) => {
      const review = r.action === 'update' ? r.details?.reviewStatus : undefined;
      return (typeof review === 'string' && names[`review.${review}`]) || names[r.action] || r.action;
    },
    type: (uid) => (uid ? (TYPE_NAMES[displayNameOf(uid) ?? ''] ?? displayNameOf(uid) ?? uid) : ''),
    system: 'Hệ thống',
  };
}
