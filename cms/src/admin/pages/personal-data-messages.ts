/**
 * The personal-data tool's texts (Vietnamese first, English second), merged into the admin's translations in
 * app.tsx. `kind.<owner>.<kind>` names what the core's personal-data service finds (`reviews.comments`,
 * `audit.entries`…); `field.<name>` the columns of its rows.
 */
type Messages = Record<string, string>;

const vi: Messages = {
  'personal-data.menu': 'Dữ liệu cá nhân',
  'personal-data.title': 'Dữ liệu cá nhân',
  'personal-data.subtitle':
    'Tra cứu, xuất và xóa những gì cổng lưu về một người, theo email (Luật Bảo vệ dữ liệu cá nhân 2025). Mỗi lần dùng được ghi vào Nhật ký thao tác.',
  'personal-data.email': 'Email của người yêu cầu',
  'personal-data.find': 'Tra cứu',
  'personal-data.result': '{email}: {total} bản ghi',
  'personal-data.kindCount': '{kind}: {n}',
  'personal-data.kind.reviews.comments': 'Bình luận',
  'personal-data.kind.audit.entries': 'Nhật ký thao tác',
  'personal-data.kind.audit.failedLogins': 'Lần đăng nhập sai',
  'personal-data.field.id': 'Mã',
  'personal-data.field.article': 'Bài viết',
  'personal-data.field.locale': 'Ngôn ngữ',
  'personal-data.field.authorName': 'Tên người gửi',
  'personal-data.field.email': 'Email',
  'personal-data.field.text': 'Nội dung',
  'personal-data.field.status': 'Trạng thái',
  'personal-data.field.consentAt': 'Đồng ý lúc',
  'personal-data.field.consentVersion': 'Phiên bản thông báo',
  'personal-data.field.createdAt': 'Gửi lúc',
  'personal-data.field.occurredAt': 'Thời gian',
  'personal-data.field.action': 'Thao tác',
  'personal-data.field.name': 'Tên',
  'personal-data.field.title': 'Tiêu đề',
  'personal-data.field.address': 'Địa chỉ IP',
  'personal-data.export.json': 'Xuất JSON',
  'personal-data.export.csv': 'Xuất CSV',
  'personal-data.erase': 'Xóa dữ liệu của người này',
  'personal-data.erased': 'Đã xóa: {list}.',
  'personal-data.confirm.title': 'Xóa dữ liệu cá nhân?',
  'personal-data.confirm.body':
    'Tên và email của {email} sẽ bị xóa khỏi {total} bản ghi. Bình luận vẫn còn nhưng không còn tên người viết. Không thể hoàn tác.',
  'personal-data.confirm.cancel': 'Hủy',
  'personal-data.confirm.erase': 'Xóa',
};

const en: Messages = {
  'personal-data.menu': 'Personal data',
  'personal-data.kind.reviews.comments': 'Comments',
  'personal-data.kind.audit.entries': 'Audit trail',
  'personal-data.kind.audit.failedLogins': 'Failed logins',
  'personal-data.field.authorName': 'Name given',
  'personal-data.field.consentAt': 'Consent given at',
  'personal-data.field.consentVersion': 'Notice version',
  'personal-data.field.address': 'IP address',
};

export const personalDataMessages = { vi, en };
