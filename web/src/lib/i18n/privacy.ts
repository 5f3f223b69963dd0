/** Strings of the privacy notice (Chính sách bảo vệ dữ liệu cá nhân), per locale. */
import type { Locale } from '@/lib/routes';

const vi = {
  title: 'Chính sách bảo vệ dữ liệu cá nhân',
  footerLink: 'Chính sách bảo vệ dữ liệu cá nhân',
  intro:
    'Trang này cho biết cổng thông tin thu thập những dữ liệu cá nhân nào, để làm gì, lưu trong bao lâu và quyền của bạn theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.',
  controllerTitle: 'Bên kiểm soát và xử lý dữ liệu',
  controllerText: 'Bên kiểm soát dữ liệu cá nhân là {unit}.',
  fieldsTitle: 'Dữ liệu được thu thập',
  field: 'Dữ liệu',
  purpose: 'Mục đích',
  retention: 'Thời hạn lưu',
  days: '{n} ngày, sau đó được xóa tự động',
  cookiesTitle: 'Cookie',
  cookiesText:
    'Khi bạn chỉ đọc tin, cổng không đặt cookie nào. Cookie duy nhất là portal_vid, chỉ được đặt khi bạn gửi một đánh giá, để ghi nhớ lượt đánh giá của bạn (cookie cần thiết; HttpOnly, Secure khi dùng HTTPS). Thống kê truy cập không dùng cookie và không lưu địa chỉ IP.',
  consentTitle: 'Sự đồng ý',
  consentText:
    'Bình luận chỉ được gửi khi bạn đánh dấu đồng ý dưới biểu mẫu; thời điểm đồng ý và phiên bản chính sách ({version}) được lưu cùng bình luận.',
  rightsTitle: 'Quyền của chủ thể dữ liệu',
  contactTitle: 'Liên hệ',
  contactText:
    'Để thực hiện các quyền trên (xem, sao chép, xóa dữ liệu của bạn), hãy liên hệ bộ phận quản trị cổng và nêu địa chỉ email bạn đã dùng:',
  noThirdParty: 'Cổng không gửi dữ liệu của bạn cho bên thứ ba và không dùng dịch vụ phân tích hay quảng cáo bên ngoài.',
  version: 'Phiên bản chính sách: {version}',
};

export type PrivacyMessages = typeof vi;

const en: PrivacyMessages = {
  title: 'Personal data protection policy',
  footerLink: 'Privacy policy',
  intro:
    'This page says which personal data the portal collects, why, for how long, and your rights under the Law on Personal Data Protection No. 91/2025/QH15 and Decree 356/2025/NĐ-CP.',
  controllerTitle: 'Data controller',
  controllerText: 'The controller of personal data is {unit}.',
  fieldsTitle: 'Data collected',
  field: 'Data',
  purpose: 'Purpose',
  retention: 'Kept for',
  days: '{n} days, then erased automatically',
  cookiesTitle: 'Cookies',
  cookiesText:
    'Reading the portal sets no cookie. The only cookie is portal_vid, set only when you send a rating, to remember your vote (strictly necessary; HttpOnly, Secure over HTTPS). Visit statistics use no cookie and store no IP address.',
  consentTitle: 'Consent',
  consentText:
    'A comment is sent only once you tick the consent box under the form; the time of consent and the notice version ({version}) are stored with the comment.',
  rightsTitle: 'Your rights as a data subject',
  contactTitle: 'Contact',
  contactText: 'To exercise these rights (access, copy, erase your data), contact the portal team and give the e-mail address you used:',
  noThirdParty: 'The portal sends your data to no third party and uses no outside analytics or advertising service.',
  version: 'Notice version: {version}',
};

export const getPrivacyMessages = (locale: Locale): PrivacyMessages => (locale === 'en' ? en : vi);
