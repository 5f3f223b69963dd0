/**
 * The desk's hand-off and scheduling texts in the admin (English is each message's default;
 * Vietnamese comes from `deskVi`, merged into the admin's translations in ../app.tsx).
 */
export const deskVi: Record<string, string> = {
  'portal-desk.panel.title': 'Duyệt & lịch đăng',
  'portal-desk.saveFirst': 'Lưu bản nháp trước, rồi gửi duyệt hoặc lên lịch.',
  'portal-desk.status.ready': 'Đang chờ biên tập viên duyệt',
  'portal-desk.status.changes': 'Biên tập viên đã trả lại bài',
  'portal-desk.status.changed': 'Đã sửa sau khi gửi duyệt: lịch đăng đã hủy, cần gửi duyệt lại',
  'portal-desk.changed.hint': 'Bài trở lại phía phóng viên; bản đã duyệt không còn là bản nháp này.',
  'portal-desk.queue.changed': 'Đã sửa sau khi gửi duyệt',
  'portal-desk.note': 'Ghi chú của biên tập viên: {note}',
  'portal-desk.markReady': 'Gửi duyệt',
  'portal-desk.markReady.unsaved': 'Lưu các thay đổi trước khi gửi duyệt.',
  'portal-desk.markReady.done': 'Đã gửi bài cho biên tập viên duyệt.',
  'portal-desk.sendBack.label': 'Ghi chú cho phóng viên',
  'portal-desk.sendBack': 'Trả lại phóng viên',
  'portal-desk.sendBack.done': 'Đã trả lại bài kèm ghi chú.',
  'portal-desk.publishAt': 'Đăng lúc',
  'portal-desk.unpublishAt': 'Gỡ bài lúc (không bắt buộc)',
  'portal-desk.saveSchedule': 'Đặt lịch',
  'portal-desk.clearSchedule': 'Bỏ lịch',
  'portal-desk.schedule.done': 'Đã lưu lịch đăng.',
  'portal-desk.schedule.unsaved': 'Lưu các thay đổi trước: bản nháp đã lưu là bản sẽ được đăng.',
  'portal-desk.scheduled': 'Lên lịch: {at}',
  'portal-desk.unscheduled': 'Gỡ lúc: {at}',
  'portal-desk.column': 'Lịch đăng',
  'portal-desk.queue.menu': 'Bài chờ duyệt',
  'portal-desk.queue.title': 'Bài chờ duyệt ({count})',
  'portal-desk.queue.subtitle': 'Bản nháp phóng viên đã gửi duyệt, bài gửi lâu nhất ở trên cùng',
  'portal-desk.queue.empty': 'Không có bài nào đang chờ duyệt.',
  'portal-desk.queue.article': 'Bài viết',
  'portal-desk.queue.author': 'Phóng viên',
  'portal-desk.queue.locale': 'Ngôn ngữ',
  'portal-desk.queue.updated': 'Sửa lần cuối',
  'portal-desk.queue.more': 'Xem tất cả',
  'portal-desk.preview.newTab': 'Mở trong thẻ mới',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy hh:mm in the browser's time zone (the desk's own clock). */
export function deskDate(value: string | Date): string {
  const d = new Date(value);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` (local time, minutes) for an ISO date, or ''. */
export function localInput(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export type DeskState = {
  documentId: string;
  locale: string;
  published: boolean;
  reviewStatus: 'ready' | 'changes' | 'changed' | null;
  /** The saved draft's content fingerprint (sent back with a schedule: the version the editor read). */
  fingerprint: string | null;
  reviewNote: string | null;
  scheduledPublishAt: string | null;
  scheduledUnpublishAt: string | null;
  canMarkReady: boolean;
  canPublish: boolean;
};

export const ARTICLE = 'api::article.article';

/** The message of a refused admin request (the server's own, Vietnamese / English). */
