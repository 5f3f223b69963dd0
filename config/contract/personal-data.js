'use strict';
// The one registry of the personal data the portal collects (Law 91/2025/QH15 on personal-data protection,
// Decree 356/2025/NĐ-CP). The privacy page of the web, the README table (checked by a test) and the daily
// purge jobs of the CMS all read this list; add a field here before storing it anywhere.

/** Raised when the notice changes in substance: every stored consent names the version it agreed to. */
const PRIVACY_NOTICE_VERSION = '2026-12-07';

/**
 * How long each kind of data is kept, in days, unless the portal's settings say otherwise (the core's
 * `personalData.retentionDays`, variables `PRIVACY_RETENTION_<KEY>_DAYS`). `null` for fields whose life is
 * fixed by the code (stated in `fixedRetention`).
 */
const RETENTION_DEFAULTS = {
  commentEmail: 365,
  commentVisitorHash: 30,
  auditAddress: 180,
  failedLoginEmail: 180,
};

/** The environment variable that sets a retention key: commentEmail → PRIVACY_RETENTION_COMMENT_EMAIL_DAYS. */
const retentionVariable = (key) => `PRIVACY_RETENTION_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_DAYS`;

const PERSONAL_FIELDS = [
  {
    id: 'comment-name',
    store: 'reviews_comments.author_name',
    label: { vi: 'Họ tên người bình luận', en: 'Name of a commenter' },
    purpose: { vi: 'Hiển thị cùng bình luận đã duyệt', en: 'Shown with the approved comment' },
    public: true,
    retentionKey: null,
    fixedRetention: { vi: 'Cùng bình luận (đến khi bình luận bị xóa)', en: 'As long as the comment (until it is deleted)' },
  },
  {
    id: 'comment-email',
    store: 'reviews_comments.email',
    label: { vi: 'Thư điện tử người bình luận (không bắt buộc)', en: 'E-mail of a commenter (optional)' },
    purpose: { vi: 'Liên hệ lại khi cần làm rõ bình luận; không bao giờ hiển thị', en: 'To reply about a comment; never shown' },
    public: false,
    retentionKey: 'commentEmail',
    fixedRetention: null,
  },
  {
    id: 'comment-visitor-hash',
    store: 'reviews_comments.visitor_hash',
    label: { vi: 'Mã ẩn danh của người bình luận', en: 'Pseudonymous visitor code of a commenter' },
    purpose: { vi: 'Chống gửi tràn lan và lạm dụng', en: 'Against flooding and abuse' },
    public: false,
    retentionKey: 'commentVisitorHash',
    fixedRetention: null,
  },
  {
    id: 'comment-consent',
    store: 'reviews_comments.consent_at, reviews_comments.consent_version',
    label: { vi: 'Thời điểm đồng ý và phiên bản chính sách', en: 'Time of consent and notice version' },
    purpose: { vi: 'Chứng minh sự đồng ý của chủ thể dữ liệu', en: 'Proof of the data subject’s consent' },
    public: false,
    retentionKey: null,
    fixedRetention: { vi: 'Cùng bình luận', en: 'As long as the comment' },
  },
  {
    id: 'rating-visitor-hash',
    store: 'reviews_ratings.visitor_hash',
    label: { vi: 'Mã ẩn danh của người đánh giá', en: 'Pseudonymous visitor code of a rater' },
    purpose: { vi: 'Mỗi người một lượt đánh giá mỗi bài', en: 'One vote per person and article' },
    public: false,
    retentionKey: 'commentVisitorHash',
    fixedRetention: null,
  },
  {
    id: 'visitor-cookie',
    store: 'cookie portal_vid',
    label: { vi: 'Cookie portal_vid (mã ngẫu nhiên)', en: 'Cookie portal_vid (a random id)' },
    purpose: {
      vi: 'Chỉ đặt khi bạn gửi đánh giá, để ghi nhớ lượt đánh giá của bạn (cần thiết); HttpOnly, Secure trên HTTPS',
      en: 'Set only when you send a rating, to remember your vote (strictly necessary); HttpOnly, Secure on HTTPS',
    },
    public: false,
    retentionKey: null,
    fixedRetention: { vi: '1 năm trên trình duyệt của bạn', en: '1 year in your browser' },
  },
  {
    id: 'visit-hash',
    store: 'visit counter: daily visitor hashes',
    label: { vi: 'Mã ẩn danh lượt truy cập', en: 'Pseudonymous visit code' },
    purpose: {
      vi: 'Thống kê lượt truy cập; không lưu địa chỉ IP, không dùng cookie',
      en: 'Visit statistics; no IP address stored, no cookie',
    },
    public: false,
    retentionKey: null,
    fixedRetention: { vi: '2 ngày (khoá băm đổi hằng ngày)', en: '2 days (the salt changes daily)' },
  },
  {
    id: 'audit-address',
    store: 'portal_audit_entries.details.address',
    label: { vi: 'Địa chỉ IP khi đăng nhập quản trị thất bại', en: 'Address of a failed admin login' },
    purpose: { vi: 'An toàn hệ thống: phát hiện dò mật khẩu', en: 'Security: detecting password guessing' },
    public: false,
    retentionKey: 'auditAddress',
    fixedRetention: null,
  },
  {
    id: 'failed-login-email',
    store: 'portal_audit_entries.actor_email (login-failed)',
    label: { vi: 'Thư điện tử đã nhập khi đăng nhập thất bại', en: 'E-mail typed in a failed admin login' },
    purpose: { vi: 'An toàn hệ thống: phát hiện dò mật khẩu', en: 'Security: detecting password guessing' },
    public: false,
    retentionKey: 'failedLoginEmail',
    fixedRetention: null,
  },
  {
    id: 'staff-account',
    store: 'admin_users, portal_audit_entries.actor_name/actor_email',
    label: { vi: 'Tên và thư điện tử của cán bộ quản trị', en: 'Name and e-mail of staff' },
    purpose: {
      vi: 'Tài khoản quản trị và nhật ký thao tác (trách nhiệm giải trình)',
      en: 'Admin accounts and the audit trail (accountability)',
    },
    public: false,
    retentionKey: null,
    fixedRetention: { vi: 'Theo thời hạn lưu nhật ký (AUDIT_RETENTION_DAYS)', en: 'As the audit trail (AUDIT_RETENTION_DAYS)' },
  },
];

/** The data subject's rights under Law 91/2025 (Art. 4), as the notice lists them. */
const DATA_SUBJECT_RIGHTS = [
  { vi: 'Được biết về việc xử lý dữ liệu cá nhân của mình', en: 'To be informed about the processing of your data' },
  { vi: 'Đồng ý hoặc không đồng ý; rút lại sự đồng ý', en: 'To consent or refuse, and to withdraw consent' },
  { vi: 'Xem, chỉnh sửa và yêu cầu cung cấp dữ liệu của mình', en: 'To access, correct and obtain a copy of your data' },
  { vi: 'Yêu cầu xóa hoặc hạn chế xử lý dữ liệu', en: 'To have your data erased or its processing restricted' },
  { vi: 'Phản đối xử lý; khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường', en: 'To object; to complain, sue and claim damages' },
];

/** How long a field is kept by default, in words of the language (for the notice and the README table). */
function retentionText(field, lang) {
  if (!field.retentionKey) return field.fixedRetention[lang];
  const days = RETENTION_DEFAULTS[field.retentionKey];
  return lang === 'vi'
    ? `${days} ngày (\`${retentionVariable(field.retentionKey)}\`)`
    : `${days} days (\`${retentionVariable(field.retentionKey)}\`)`;
}

/** The README's table of every personal field (a test keeps the README equal to it). */
function personalDataTable() {
  const cell = (text) => String(text).replace(/\|/g, '\\|');
  const rows = PERSONAL_FIELDS.map((f) =>
    [f.label.en, `\`${f.store}\``, f.purpose.en, f.public ? 'yes' : 'no', retentionText(f, 'en')].map(cell).join(' | '),
  );
  return [
    '| Data | Stored in | Purpose | Public | Kept for (default, variable) |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

module.exports = {
  PRIVACY_NOTICE_VERSION,
  RETENTION_DEFAULTS,
  PERSONAL_FIELDS,
  DATA_SUBJECT_RIGHTS,
  retentionVariable,
  retentionText,
  personalDataTable,
};
