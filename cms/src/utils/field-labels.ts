/**
 * What staff read in the admin for each field: a Vietnamese label and a short hint, instead of the
 * internal name (`coverCaption`). Labels reach the admin as translations (app.tsx, key
 * `content-manager.content-types.<uid>.<field>` / `content-manager.components.<uid>.<field>`); hints
 * are written into the content manager's view configuration at boot when staff have not set their own
 * (bootstrap/admin-labels.ts). A test checks that every field of every type and component is listed here.
 */
export type FieldText = readonly [label: string, hint: string];

export const FIELD_LABELS: Record<string, Record<string, FieldText>> = {
  'api::article.article': {
    title: ['Tiêu đề', 'Ngắn gọn, nêu đúng nội dung chính của tin.'],
    slug: ['Đường dẫn (slug)', 'Tự tạo từ tiêu đề; chỉ sửa khi cần.'],
    summary: ['Tóm tắt', 'Một đến hai câu hiện dưới tiêu đề và trong danh sách tin.'],
    body: ['Nội dung', 'Toàn văn bài viết.'],
    cover: ['Ảnh đại diện', 'Ảnh ngang, tối thiểu 1200 px chiều rộng.'],
    coverCaption: ['Chú thích ảnh', 'Hiện dưới ảnh đại diện.'],
    coverAlt: ['Mô tả ảnh (cho người khiếm thị)', 'Tả nội dung ảnh bằng một câu.'],
    gallery: ['Album ảnh', 'Các ảnh khác của bài (không bắt buộc).'],
    category: ['Chuyên mục', 'Chuyên mục chính của tin.'],
    sourceUnit: ['Đơn vị cung cấp tin', 'Cơ quan, đơn vị gửi hoặc chịu trách nhiệm nội dung.'],
    byline: ['Tác giả, nguồn', 'Tên người viết hoặc nguồn tin hiện cuối bài.'],
    tags: ['Từ khóa', 'Giúp người đọc tìm các tin cùng chủ đề.'],
    featured: ['Tin nổi bật', 'Bật để đưa tin lên vị trí nổi bật ở trang chủ.'],
    publicationDate: ['Ngày đăng', 'Để trống: lấy thời điểm xuất bản lần đầu.'],
    seo: ['Tối ưu tìm kiếm (SEO)', 'Tiêu đề và mô tả cho công cụ tìm kiếm (không bắt buộc).'],
    scheduledPublishAt: ['Hẹn giờ đăng', 'Hệ thống tự xuất bản tin vào thời điểm này.'],
    scheduledUnpublishAt: ['Hẹn giờ gỡ', 'Hệ thống tự gỡ tin khỏi cổng vào thời điểm này (không bắt buộc).'],
    reviewStatus: ['Trạng thái duyệt', 'Phóng viên gửi duyệt; biên tập viên xuất bản hoặc trả lại.'],
    reviewNote: ['Ghi chú của biên tập viên', 'Lý do trả lại bài, phóng viên đọc trong trang soạn tin.'],
  },
  'api::category.category': {
    name: ['Tên chuyên mục', 'Hiện trên trình đơn và trang chuyên mục.'],
    slug: ['Đường dẫn (slug)', 'Tự tạo từ tên; chỉ sửa khi cần.'],
    description: ['Mô tả', 'Giới thiệu ngắn hiện ở đầu trang chuyên mục.'],
    order: ['Thứ tự', 'Số nhỏ hiện trước.'],
    parent: ['Chuyên mục cha', 'Để trống nếu là chuyên mục cấp cao nhất.'],
    children: ['Chuyên mục con', 'Các chuyên mục nằm trong chuyên mục này.'],
    articles: ['Tin bài', 'Các tin thuộc chuyên mục.'],
  },
  'api::admin-unit.admin-unit': {
    code: ['Mã đơn vị hành chính', 'Mã theo danh mục của Tổng cục Thống kê.'],
    name: ['Tên đơn vị', 'Tên đầy đủ, ví dụ: Xã Thạch Long.'],
    kind: ['Cấp, loại đơn vị', 'Tỉnh, huyện, xã, phường, thị trấn…'],
    parent: ['Đơn vị cấp trên', 'Đơn vị hành chính trực tiếp quản lý.'],
    children: ['Đơn vị cấp dưới', 'Các đơn vị trực thuộc.'],
    validFrom: ['Hiệu lực từ ngày', 'Ngày thành lập hoặc điều chỉnh địa giới.'],
    validTo: ['Hết hiệu lực từ ngày', 'Để trống nếu còn hiệu lực.'],
    successors: ['Đơn vị kế thừa', 'Đơn vị nhận lại địa giới sau sáp nhập.'],
    predecessors: ['Đơn vị trước đó', 'Các đơn vị đã sáp nhập vào đơn vị này.'],
    geometry: ['Ranh giới (GeoJSON)', 'Dữ liệu bản đồ ranh giới, định dạng GeoJSON.'],
    source: ['Nguồn dữ liệu', 'Văn bản hoặc cơ quan cung cấp số liệu.'],
  },
  'api::dossier-statistic.dossier-statistic': {
    period: ['Kỳ báo cáo', 'Năm (2026), quý (2026-Q3) hoặc tháng (2026-09).'],
    periodStart: ['Ngày đầu kỳ', 'Tự tính từ kỳ báo cáo.'],
    periodEnd: ['Ngày cuối kỳ', 'Tự tính từ kỳ báo cáo.'],
    unit: ['Đơn vị', 'Đơn vị giải quyết hồ sơ.'],
    received: ['Hồ sơ tiếp nhận mới', 'Số hồ sơ nhận trong kỳ.'],
    carriedOver: ['Hồ sơ kỳ trước chuyển sang', 'Số hồ sơ còn tồn từ kỳ trước.'],
    resolvedEarly: ['Giải quyết trước hạn', 'Số hồ sơ trả kết quả trước hạn.'],
    resolvedOnTime: ['Giải quyết đúng hạn', 'Số hồ sơ trả kết quả đúng hạn.'],
    resolvedLate: ['Giải quyết quá hạn', 'Số hồ sơ trả kết quả quá hạn.'],
    inProgress: ['Đang giải quyết (trong hạn)', 'Số hồ sơ chưa đến hạn trả.'],
    overdue: ['Đang giải quyết (quá hạn)', 'Số hồ sơ đã quá hạn, chưa trả.'],
    submittedOnline: ['Nộp trực tuyến', 'Số hồ sơ nộp qua dịch vụ công trực tuyến.'],
    returnedByPost: ['Trả kết quả qua bưu chính', 'Số hồ sơ trả kết quả qua bưu điện.'],
    asOf: ['Số liệu tính đến ngày', 'Ngày chốt số liệu.'],
    source: ['Nguồn số liệu', 'Hệ thống hoặc báo cáo cung cấp số liệu.'],
  },
  'api::map-layer.map-layer': {
    name: ['Tên lớp bản đồ', 'Hiện trong chú giải bản đồ.'],
    description: ['Mô tả', 'Giải thích ngắn nội dung lớp bản đồ.'],
    kind: ['Loại lớp', 'Ranh giới, điểm quan tâm hoặc khác.'],
    data: ['Dữ liệu (GeoJSON)', 'Tệp GeoJSON của lớp bản đồ.'],
    style: ['Kiểu hiển thị', 'Màu tô, màu viền, độ mờ.'],
    effectiveFrom: ['Áp dụng từ ngày', 'Để trống nếu luôn áp dụng.'],
    effectiveTo: ['Áp dụng đến ngày', 'Để trống nếu còn áp dụng.'],
    order: ['Thứ tự', 'Số nhỏ vẽ trước.'],
    shownByDefault: ['Hiện sẵn', 'Bật để lớp hiện ngay khi mở bản đồ.'],
    attribution: ['Ghi nguồn', 'Nguồn dữ liệu hiện ở góc bản đồ.'],
  },
  'api::official-document.official-document': {
    number: ['Số, ký hiệu', 'Ví dụ: 12/QĐ-UBND.'],
    slug: ['Đường dẫn (slug)', 'Tự tạo từ số, ký hiệu; chỉ sửa khi cần.'],
    documentType: ['Loại văn bản', 'Quyết định, công văn, kế hoạch…'],
    issuingBody: ['Cơ quan ban hành', 'Tên cơ quan ký ban hành.'],
    signer: ['Người ký', 'Họ tên và chức vụ người ký.'],
    issueDate: ['Ngày ban hành', 'Ngày ghi trên văn bản.'],
    effectiveDate: ['Ngày hiệu lực', 'Để trống nếu có hiệu lực từ ngày ban hành.'],
    summary: ['Trích yếu', 'Nội dung tóm tắt của văn bản.'],
    field: ['Lĩnh vực', 'Lĩnh vực quản lý của văn bản.'],
    file: ['Tệp văn bản', 'Tệp PDF hoặc Word của văn bản.'],
  },
  'api::organization-unit.organization-unit': {
    name: ['Tên cơ quan, đơn vị', 'Tên đầy đủ của cơ quan, đơn vị.'],
    slug: ['Đường dẫn (slug)', 'Tự tạo từ tên; chỉ sửa khi cần.'],
    kind: ['Loại cơ quan', 'HĐND, UBND, Đảng ủy, văn phòng…'],
    description: ['Chức năng, nhiệm vụ', 'Giới thiệu ngắn về cơ quan, đơn vị.'],
    leaders: ['Lãnh đạo', 'Họ tên, chức vụ, số điện thoại công vụ.'],
    phone: ['Điện thoại', 'Số điện thoại liên hệ công khai.'],
    email: ['Thư điện tử', 'Địa chỉ thư công vụ.'],
    address: ['Địa chỉ', 'Địa chỉ trụ sở.'],
    order: ['Thứ tự', 'Số nhỏ hiện trước.'],
    parent: ['Cơ quan cấp trên', 'Để trống nếu là cấp cao nhất.'],
    children: ['Đơn vị trực thuộc', 'Các đơn vị trực thuộc.'],
    articles: ['Tin bài', 'Các tin do đơn vị cung cấp.'],
  },
  'api::site-setting.site-setting': {
    portalName: ['Tên cổng thông tin', 'Hiện ở đầu mọi trang.'],
    shortName: ['Tên viết tắt', 'Dùng khi không đủ chỗ cho tên đầy đủ.'],
    tagline: ['Khẩu hiệu', 'Dòng chữ ngắn dưới tên cổng.'],
    logo: ['Biểu trưng (logo)', 'Ảnh PNG nền trong suốt.'],
    footerAddress: ['Địa chỉ (chân trang)', 'Địa chỉ cơ quan chủ quản.'],
    footerPhone: ['Điện thoại (chân trang)', 'Số điện thoại liên hệ.'],
    footerEmail: ['Thư điện tử (chân trang)', 'Địa chỉ thư liên hệ.'],
    copyright: ['Bản quyền', 'Dòng bản quyền ở chân trang.'],
    responsiblePerson: ['Người chịu trách nhiệm', 'Họ tên, chức vụ người chịu trách nhiệm nội dung.'],
    operationsPortalUrl: ['Địa chỉ cổng điều hành', 'Liên kết đến hệ thống điều hành nội bộ.'],
    dossierStatusUrl: ['Địa chỉ tra cứu hồ sơ', 'Liên kết tra cứu tình trạng hồ sơ.'],
    documentExchangeUrl: ['Địa chỉ trao đổi văn bản', 'Liên kết hệ thống quản lý văn bản.'],
  },
  'api::website-link.website-link': {
    label: ['Tên liên kết', 'Chữ hiện cho người đọc.'],
    url: ['Địa chỉ (URL)', 'Bắt đầu bằng https://'],
    group: ['Nhóm', 'Các liên kết cùng nhóm hiện cạnh nhau.'],
    order: ['Thứ tự', 'Số nhỏ hiện trước.'],
  },
  'shared.leader': {
    name: ['Họ tên', 'Họ tên đầy đủ.'],
    position: ['Chức vụ', 'Ví dụ: Chủ tịch UBND xã.'],
    phone: ['Điện thoại công vụ', 'Số điện thoại công khai.'],
  },
  'shared.map-style': {
    fill: ['Màu tô', 'Mã màu, ví dụ #1d4ed8.'],
    stroke: ['Màu viền', 'Mã màu, ví dụ #1e3a8a.'],
    opacity: ['Độ mờ', 'Từ 0 (trong suốt) đến 1 (đặc).'],
    labelField: ['Thuộc tính làm nhãn', 'Tên thuộc tính GeoJSON hiện làm nhãn.'],
  },
  'shared.seo': {
    metaTitle: ['Tiêu đề SEO', 'Để trống: dùng tiêu đề bài.'],
    metaDescription: ['Mô tả SEO', 'Một câu, dưới 160 ký tự.'],
  },
  'shared.tag': {
    label: ['Từ khóa', 'Một từ hoặc cụm từ.'],
  },
};

const isComponent = (uid: string) => !uid.includes('::');

/** Admin translations for the labels: `{ 'content-manager.content-types.<uid>.<field>': label, … }`. */
export function fieldLabelMessages(): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const prefix = isComponent(uid) ? `content-manager.components.${uid}` : `content-manager.content-types.${uid}`;
    for (const [name, [label]] of Object.entries(fields)) messages[`${prefix}.${name}`] = label;
  }
  return messages;
}
