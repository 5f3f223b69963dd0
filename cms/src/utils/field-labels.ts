/**
 * What staff read in the admin for each field: a Vietnamese label and a short hint, instead of the
 * internal name (`coverCaption`), and the English label for staff who switch the admin to English.
 * Labels reach the admin as translations of either language (app.tsx, key
 * `content-manager.content-types.<uid>.<field>` / `content-manager.components.<uid>.<field>`); hints
 * are written into the content manager's view configuration at boot when staff have not set their own
 * (bootstrap/admin-labels.ts). A test checks that every field of every type and component is listed here.
 */
export type FieldText = readonly [label: string, hint: string, english: string];

export const FIELD_LABELS: Record<string, Record<string, FieldText>> = {
  'api::article.article': {
    title: ['Tiêu đề', 'Ngắn gọn, nêu đúng nội dung chính của tin.', 'Title'],
    slug: ['Đường dẫn (slug)', 'Tự tạo từ tiêu đề; chỉ sửa khi cần.', 'Slug (URL)'],
    summary: ['Tóm tắt', 'Một đến hai câu hiện dưới tiêu đề và trong danh sách tin.', 'Summary'],
    body: ['Nội dung', 'Toàn văn bài viết.', 'Text'],
    cover: ['Ảnh đại diện', 'Ảnh ngang, tối thiểu 1200 px chiều rộng.', 'Cover image'],
    coverCaption: ['Chú thích ảnh', 'Hiện dưới ảnh đại diện.', 'Cover caption'],
    coverAlt: ['Mô tả ảnh (cho người khiếm thị)', 'Tả nội dung ảnh bằng một câu.', 'Cover image description (alt text)'],
    gallery: ['Album ảnh', 'Các ảnh khác của bài (không bắt buộc).', 'Gallery'],
    category: ['Chuyên mục', 'Chuyên mục chính của tin.', 'Category'],
    sourceUnit: ['Đơn vị cung cấp tin', 'Cơ quan, đơn vị gửi hoặc chịu trách nhiệm nội dung.', 'Source unit'],
    byline: ['Tác giả, nguồn', 'Tên người viết hoặc nguồn tin hiện cuối bài.', 'Author, source'],
    tags: ['Từ khóa', 'Giúp người đọc tìm các tin cùng chủ đề.', 'Keywords'],
    featured: ['Tin nổi bật', 'Bật để đưa tin lên vị trí nổi bật ở trang chủ.', 'Featured story'],
    publicationDate: ['Ngày đăng', 'Để trống: lấy thời điểm xuất bản lần đầu.', 'Publication date'],
    seo: ['Tối ưu tìm kiếm (SEO)', 'Tiêu đề và mô tả cho công cụ tìm kiếm (không bắt buộc).', 'Search engines (SEO)'],
    scheduledPublishAt: ['Hẹn giờ đăng', 'Hệ thống tự xuất bản tin vào thời điểm này.', 'Scheduled publication'],
    scheduledUnpublishAt: ['Hẹn giờ gỡ', 'Hệ thống tự gỡ tin khỏi cổng vào thời điểm này (không bắt buộc).', 'Scheduled removal'],
    reviewStatus: ['Trạng thái duyệt', 'Phóng viên gửi duyệt; biên tập viên xuất bản hoặc trả lại.', 'Review status'],
    reviewNote: ['Ghi chú của biên tập viên', 'Lý do trả lại bài, phóng viên đọc trong trang soạn tin.', 'Editor’s note'],
    approvedFingerprint: [
      'Dấu bản đã duyệt',
      'Hệ thống ghi khi gửi duyệt và lên lịch; bản nháp khác dấu này không được đăng theo lịch.',
      'Approved version',
    ],
  },
  'api::category.category': {
    name: ['Tên chuyên mục', 'Hiện trên trình đơn và trang chuyên mục.', 'Category name'],
    slug: ['Đường dẫn (slug)', 'Tự tạo từ tên; chỉ sửa khi cần.', 'Slug (URL)'],
    description: ['Mô tả', 'Giới thiệu ngắn hiện ở đầu trang chuyên mục.', 'Description'],
    order: ['Thứ tự', 'Số nhỏ hiện trước.', 'Order'],
    parent: ['Chuyên mục cha', 'Để trống nếu là chuyên mục cấp cao nhất.', 'Parent category'],
    children: ['Chuyên mục con', 'Các chuyên mục nằm trong chuyên mục này.', 'Subcategories'],
    articles: ['Tin bài', 'Các tin thuộc chuyên mục.', 'Articles'],
  },
  'api::admin-unit.admin-unit': {
    code: ['Mã đơn vị hành chính', 'Mã theo danh mục của Tổng cục Thống kê.', 'Administrative unit code'],
    name: ['Tên đơn vị', 'Tên đầy đủ, ví dụ: Xã Thạch Long.', 'Name'],
    kind: ['Cấp, loại đơn vị', 'Tỉnh, huyện, xã, phường, thị trấn…', 'Level, type'],
    parent: ['Đơn vị cấp trên', 'Đơn vị hành chính trực tiếp quản lý.', 'Parent unit'],
    children: ['Đơn vị cấp dưới', 'Các đơn vị trực thuộc.', 'Subordinate units'],
    validFrom: ['Hiệu lực từ ngày', 'Ngày thành lập hoặc điều chỉnh địa giới.', 'Valid from'],
    validTo: ['Hết hiệu lực từ ngày', 'Để trống nếu còn hiệu lực.', 'Valid until'],
    successors: ['Đơn vị kế thừa', 'Đơn vị nhận lại địa giới sau sáp nhập.', 'Successor units'],
    predecessors: ['Đơn vị trước đó', 'Các đơn vị đã sáp nhập vào đơn vị này.', 'Predecessor units'],
    geometry: ['Ranh giới (GeoJSON)', 'Dữ liệu bản đồ ranh giới, định dạng GeoJSON.', 'Boundary (GeoJSON)'],
    source: ['Nguồn dữ liệu', 'Văn bản hoặc cơ quan cung cấp số liệu.', 'Data source'],
  },
  'api::dossier-statistic.dossier-statistic': {
    period: ['Kỳ báo cáo', 'Năm (2026), quý (2026-Q3) hoặc tháng (2026-09).', 'Reporting period'],
    periodStart: ['Ngày đầu kỳ', 'Tự tính từ kỳ báo cáo.', 'Period start'],
    periodEnd: ['Ngày cuối kỳ', 'Tự tính từ kỳ báo cáo.', 'Period end'],
    unit: ['Đơn vị', 'Đơn vị giải quyết hồ sơ.', 'Unit'],
    received: ['Hồ sơ tiếp nhận mới', 'Số hồ sơ nhận trong kỳ.', 'New dossiers received'],
    carriedOver: ['Hồ sơ kỳ trước chuyển sang', 'Số hồ sơ còn tồn từ kỳ trước.', 'Carried over from last period'],
    resolvedEarly: ['Giải quyết trước hạn', 'Số hồ sơ trả kết quả trước hạn.', 'Resolved ahead of time'],
    resolvedOnTime: ['Giải quyết đúng hạn', 'Số hồ sơ trả kết quả đúng hạn.', 'Resolved on time'],
    resolvedLate: ['Giải quyết quá hạn', 'Số hồ sơ trả kết quả quá hạn.', 'Resolved late'],
    inProgress: ['Đang giải quyết (trong hạn)', 'Số hồ sơ chưa đến hạn trả.', 'In progress (on time)'],
    overdue: ['Đang giải quyết (quá hạn)', 'Số hồ sơ đã quá hạn, chưa trả.', 'In progress (overdue)'],
    submittedOnline: ['Nộp trực tuyến', 'Số hồ sơ nộp qua dịch vụ công trực tuyến.', 'Submitted online'],
    returnedByPost: ['Trả kết quả qua bưu chính', 'Số hồ sơ trả kết quả qua bưu điện.', 'Results returned by post'],
    asOf: ['Số liệu tính đến ngày', 'Ngày chốt số liệu.', 'Figures as of'],
    source: ['Nguồn số liệu', 'Hệ thống hoặc báo cáo cung cấp số liệu.', 'Source of figures'],
  },
  'api::map-layer.map-layer': {
    name: ['Tên lớp bản đồ', 'Hiện trong chú giải bản đồ.', 'Layer name'],
    description: ['Mô tả', 'Giải thích ngắn nội dung lớp bản đồ.', 'Description'],
    kind: ['Loại lớp', 'Ranh giới, điểm quan tâm hoặc khác.', 'Layer type'],
    data: ['Dữ liệu (GeoJSON)', 'Tệp GeoJSON của lớp bản đồ.', 'Data (GeoJSON)'],
    style: ['Kiểu hiển thị', 'Màu tô, màu viền, độ mờ.', 'Display style'],
    effectiveFrom: ['Áp dụng từ ngày', 'Để trống nếu luôn áp dụng.', 'Effective from'],
    effectiveTo: ['Áp dụng đến ngày', 'Để trống nếu còn áp dụng.', 'Effective until'],
    order: ['Thứ tự', 'Số nhỏ vẽ trước.', 'Order'],
    shownByDefault: ['Hiện sẵn', 'Bật để lớp hiện ngay khi mở bản đồ.', 'Shown by default'],
    attribution: ['Ghi nguồn', 'Nguồn dữ liệu hiện ở góc bản đồ.', 'Attribution'],
  },
  'api::official-document.official-document': {
    number: ['Số, ký hiệu', 'Ví dụ: 12/QĐ-UBND.', 'Number, reference'],
    slug: ['Đường dẫn (slug)', 'Tự tạo từ số, ký hiệu; chỉ sửa khi cần.', 'Slug (URL)'],
    documentType: ['Loại văn bản', 'Quyết định, công văn, kế hoạch…', 'Document type'],
    issuingBody: ['Cơ quan ban hành', 'Tên cơ quan ký ban hành.', 'Issuing body'],
    signer: ['Người ký', 'Họ tên và chức vụ người ký.', 'Signed by'],
    issueDate: ['Ngày ban hành', 'Ngày ghi trên văn bản.', 'Issue date'],
    effectiveDate: ['Ngày hiệu lực', 'Để trống nếu có hiệu lực từ ngày ban hành.', 'Effective date'],
    summary: ['Trích yếu', 'Nội dung tóm tắt của văn bản.', 'Abstract'],
    field: ['Lĩnh vực', 'Lĩnh vực quản lý của văn bản.', 'Subject area'],
    file: ['Tệp văn bản', 'Tệp PDF hoặc Word của văn bản.', 'Document file'],
  },
  'api::organization-unit.organization-unit': {
    name: ['Tên cơ quan, đơn vị', 'Tên đầy đủ của cơ quan, đơn vị.', 'Name of the body'],
    slug: ['Đường dẫn (slug)', 'Tự tạo từ tên; chỉ sửa khi cần.', 'Slug (URL)'],
    kind: ['Loại cơ quan', 'HĐND, UBND, Đảng ủy, văn phòng…', 'Type of body'],
    description: ['Chức năng, nhiệm vụ', 'Giới thiệu ngắn về cơ quan, đơn vị.', 'Functions and duties'],
    leaders: ['Lãnh đạo', 'Họ tên, chức vụ, số điện thoại công vụ.', 'Leadership'],
    phone: ['Điện thoại', 'Số điện thoại liên hệ công khai.', 'Phone'],
    email: ['Thư điện tử', 'Địa chỉ thư công vụ.', 'E-mail'],
    address: ['Địa chỉ', 'Địa chỉ trụ sở.', 'Address'],
    order: ['Thứ tự', 'Số nhỏ hiện trước.', 'Order'],
    parent: ['Cơ quan cấp trên', 'Để trống nếu là cấp cao nhất.', 'Parent body'],
    children: ['Đơn vị trực thuộc', 'Các đơn vị trực thuộc.', 'Subordinate units'],
    articles: ['Tin bài', 'Các tin do đơn vị cung cấp.', 'Articles'],
  },
  'api::site-setting.site-setting': {
    portalName: ['Tên cổng thông tin', 'Hiện ở đầu mọi trang.', 'Portal name'],
    shortName: ['Tên viết tắt', 'Dùng khi không đủ chỗ cho tên đầy đủ.', 'Short name'],
    tagline: ['Khẩu hiệu', 'Dòng chữ ngắn dưới tên cổng.', 'Tagline'],
    logo: ['Biểu trưng (logo)', 'Ảnh PNG nền trong suốt.', 'Logo'],
    footerAddress: ['Địa chỉ (chân trang)', 'Địa chỉ cơ quan chủ quản.', 'Footer address'],
    footerPhone: ['Điện thoại (chân trang)', 'Số điện thoại liên hệ.', 'Footer phone'],
    footerEmail: ['Thư điện tử (chân trang)', 'Địa chỉ thư liên hệ.', 'Footer e-mail'],
    copyright: ['Bản quyền', 'Dòng bản quyền ở chân trang.', 'Copyright'],
    responsiblePerson: ['Người chịu trách nhiệm', 'Họ tên, chức vụ người chịu trách nhiệm nội dung.', 'Responsible person'],
    operationsPortalUrl: ['Địa chỉ cổng điều hành', 'Liên kết đến hệ thống điều hành nội bộ.', 'Operations portal URL'],
    dossierStatusUrl: ['Địa chỉ tra cứu hồ sơ', 'Liên kết tra cứu tình trạng hồ sơ.', 'Dossier status URL'],
    documentExchangeUrl: ['Địa chỉ trao đổi văn bản', 'Liên kết hệ thống quản lý văn bản.', 'Document exchange URL'],
  },
  'api::website-link.website-link': {
    label: ['Tên liên kết', 'Chữ hiện cho người đọc.', 'Link text'],
    url: ['Địa chỉ (URL)', 'Bắt đầu bằng https://', 'Address (URL)'],
    group: ['Nhóm', 'Các liên kết cùng nhóm hiện cạnh nhau.', 'Group'],
    order: ['Thứ tự', 'Số nhỏ hiện trước.', 'Order'],
  },
  'shared.leader': {
    name: ['Họ tên', 'Họ tên đầy đủ.', 'Full name'],
    position: ['Chức vụ', 'Ví dụ: Chủ tịch UBND xã.', 'Position'],
    phone: ['Điện thoại công vụ', 'Số điện thoại công khai.', 'Official phone'],
  },
  'shared.map-style': {
    fill: ['Màu tô', 'Mã màu, ví dụ #1d4ed8.', 'Fill colour'],
    stroke: ['Màu viền', 'Mã màu, ví dụ #1e3a8a.', 'Stroke colour'],
    opacity: ['Độ mờ', 'Từ 0 (trong suốt) đến 1 (đặc).', 'Opacity'],
    labelField: ['Thuộc tính làm nhãn', 'Tên thuộc tính GeoJSON hiện làm nhãn.', 'Label property'],
  },
  'shared.seo': {
    metaTitle: ['Tiêu đề SEO', 'Để trống: dùng tiêu đề bài.', 'SEO title'],
    metaDescription: ['Mô tả SEO', 'Một câu, dưới 160 ký tự.', 'SEO description'],
  },
  'shared.tag': {
    label: ['Từ khóa', 'Một từ hoặc cụm từ.', 'Keyword'],
  },
};

const isComponent = (uid: string) => !uid.includes('::');

/** Admin translations for the labels: `{ 'content-manager.content-types.<uid>.<field>': label, … }`. */
export function fieldLabelMessages(language: 'vi' | 'en' = 'vi'): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const prefix = isComponent(uid) ? `content-manager.components.${uid}` : `content-manager.content-types.${uid}`;
    for (const [name, [label, , english]] of Object.entries(fields)) messages[`${prefix}.${name}`] = language === 'vi' ? label : english;
  }
  return messages;
}

/**
 * Names of the content types and components in Vietnamese, keyed by their `displayName` (the content
 * manager looks the menu entry and the list's heading up under that id; English shows the name itself).
 */
export const TYPE_NAMES: Record<string, string> = {
  Article: 'Tin bài',
  Category: 'Chuyên mục',
  'Administrative unit': 'Đơn vị hành chính',
  'Dossier statistic': 'Số liệu hồ sơ',
  'Map layer': 'Lớp bản đồ',
  'Official document': 'Văn bản',
  'Organization unit': 'Cơ quan, đơn vị',
  'Site setting': 'Thông tin cổng',
  'Website link': 'Liên kết website',
  Leader: 'Lãnh đạo',
  'Map style': 'Kiểu bản đồ',
  SEO: 'Tối ưu tìm kiếm (SEO)',
  Tag: 'Từ khóa',
  // Audited types of the admin itself (the audit trail's "type" column).
  'Staff account': 'Tài khoản quản trị',
  Role: 'Vai trò',
  'API token': 'Mã truy cập API',
  'Transfer token': 'Mã chuyển dữ liệu',
  'Media file': 'Tệp media',
  Comment: 'Bình luận',
  'Visit count': 'Lượt truy cập',
};
