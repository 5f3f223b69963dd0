/** Strings of the partner documentation page (/vi/doi-tac, /en/partners). */
import type { Locale } from '../routes';

const vi = {
  title: 'Dữ liệu cho đối tác',
  intro:
    'Cổng cung cấp tin đã xuất bản qua GraphQL cho các trang đối tác (cổng tỉnh, báo, cơ quan khác). Trang này được tạo từ danh mục thao tác đang chạy trên CMS nên luôn đúng với hệ thống.',
  contents: 'Nội dung trang',
  tokenTitle: 'Lấy mã truy cập (API token)',
  tokenText:
    'Không cần mã để đọc tin đã xuất bản, nhưng giới hạn tần suất thấp. Đối tác gửi văn bản đề nghị tới đơn vị quản trị cổng; quản trị viên tạo một API token loại “Read-only” (Cài đặt → API Tokens) và gửi cho đối tác. Token chỉ đọc được nội dung đã xuất bản, không ghi được, không thấy bản nháp hay thông tin cán bộ.',
  tokenHeader: 'Gửi token trong tiêu đề HTTP:',
  tokenSchema: 'Người có token tải được lược đồ GraphQL (SDL) để sinh mã kiểu (introspection tắt trên máy chủ thật):',
  operationsTitle: 'Thao tác đã đăng ký (persisted operations)',
  operationsText:
    'Mỗi thao tác gọi bằng GET theo mã, có thể lưu đệm ở mọi bộ đệm HTTP. Tham số truyền qua query string; kết quả là JSON GraphQL chuẩn {"data": …}.',
  parameter: 'Tham số',
  meaning: 'Ý nghĩa',
  document: 'Truy vấn GraphQL',
  curl: 'Gọi bằng curl',
  apollo: 'Gọi bằng Apollo Client',
  apolloSetupTitle: 'Cấu hình Apollo Client một lần',
  apolloSetupText:
    'Một liên kết (link) nhỏ chuyển thao tác có persistedId thành lệnh GET, giữ ETag và hỏi lại bằng If-None-Match; mọi truy vấn khác đi qua POST /graphql với token.',
  adhocTitle: 'Truy vấn tự do',
  adhocText: 'Người có token có thể gửi truy vấn GraphQL bất kỳ (trong giới hạn dưới đây) bằng POST /graphql.',
  adhocOff: 'Cổng đang bật chế độ chỉ nhận thao tác đã đăng ký: POST /graphql với truy vấn tự do bị từ chối.',
  limitsTitle: 'Giới hạn',
  limitsText:
    'Chi phí của một truy vấn = số đối tượng nó có thể tải: mỗi trường đối tượng 1 điểm, danh sách nhân với số bản ghi mỗi trang (pageSize, mặc định {defaultPageSize}, tối đa {maxPageSize}); trường giá trị 0 điểm. Truy vấn vượt giới hạn bị từ chối trước khi chạy. Điểm chi phí được trừ vào hạn mức theo token (hoặc theo địa chỉ IP nếu không có token); khi hết, cổng trả 429 kèm Retry-After.',
  limit: 'Giới hạn',
  value: 'Giá trị',
  maxDepth: 'Độ sâu tối đa',
  maxCost: 'Chi phí tối đa mỗi truy vấn',
  maxAliases: 'Số alias tối đa',
  pageSize: 'Số bản ghi mỗi trang (mặc định / tối đa)',
  anonymous: 'Hạn mức không có token',
  token: 'Hạn mức mỗi token',
  perWindow: '{points} điểm / {seconds} giây',
  cachedHit: 'Lời gọi GET được phục vụ từ bộ đệm chỉ tính 1 điểm.',
  cachingTitle: 'Bộ đệm',
  cachingText:
    'Các thao tác GET trả về Cache-Control: public, max-age={maxAge}, stale-while-revalidate={swr} và ETag. Gửi lại với If-None-Match để nhận 304 không có nội dung. Khi biên tập viên xuất bản, bộ đệm trên CMS bị xóa ngay; một bộ đệm trung gian có thể giữ bản cũ tối đa {worst} giây.',
  feedsTitle: 'JSON Feed',
  feedsText: 'Tin mới nhất theo định dạng JSON Feed 1.1, theo ngôn ngữ và (tùy chọn) chuyên mục, tạo từ thao tác latest-news:',
  errorsTitle: 'Định dạng lỗi',
  errorsText:
    'Lỗi được trả bằng ngôn ngữ của người gọi (tham số locale hoặc Accept-Language). GraphQL trả {"errors": [{"message", "extensions": {"code"}}]}; các tuyến GET trả {"data": null, "error": {"status", "name", "message"}}.',
  code: 'Mã',
  when: 'Khi nào',
  errors: {
    GRAPHQL_VALIDATION_FAILED: 'Sai cú pháp, quá độ sâu hoặc quá số alias (thông báo nêu rõ giới hạn) — HTTP 400',
    COST_LIMIT_EXCEEDED: 'Truy vấn vượt chi phí tối đa — HTTP 400',
    RATE_LIMITED: 'Hết hạn mức; chờ theo Retry-After — HTTP 429',
    FORBIDDEN: 'Token không có quyền (mọi thao tác ghi) — HTTP 200 với lỗi',
    PERSISTED_OPERATIONS_ONLY: 'Chế độ chỉ nhận thao tác đã đăng ký — HTTP 403',
    '400 / 401 / 404 / 429 / 503': 'Tuyến GET: tham số sai, token sai, không có thao tác, hết hạn mức, tạm thời lỗi',
  } as Record<string, string>,
  corsTitle: 'Gọi từ trình duyệt (CORS)',
  corsText:
    'Trình duyệt chỉ được gọi từ các tên miền đã đăng ký với cổng (cấu hình CORS_ORIGINS). Không bao giờ đặt token trong mã chạy trên trình duyệt của khách: gọi từ máy chủ của đối tác.',
  footerLink: 'Dữ liệu cho đối tác',
};

export type PartnerMessages = typeof vi;

const en: PartnerMessages = {
  title: 'Data for partners',
  intro:
    'The portal serves its published news over GraphQL to partner sites (the provincial portal, newspapers, other agencies). This page is generated from the operation registry running on the CMS, so it always matches the system.',
  contents: 'On this page',
  tokenTitle: 'Getting an access token',
  tokenText:
    'Published news can be read without a token, with a low rate limit. Partners send a written request to the portal office; an administrator creates a “Read-only” API token (Settings → API Tokens) and hands it over. A token reads published content only: it cannot write, see drafts or read staff details.',
  tokenHeader: 'Send the token in an HTTP header:',
  tokenSchema: 'Token holders can download the GraphQL schema (SDL) for code generation (introspection is off in production):',
  operationsTitle: 'Registered (persisted) operations',
  operationsText:
    'Each operation is called by id over GET, so any HTTP cache can keep it. Parameters go in the query string; the answer is standard GraphQL JSON {"data": …}.',
  parameter: 'Parameter',
  meaning: 'Meaning',
  document: 'GraphQL document',
  curl: 'With curl',
  apollo: 'With Apollo Client',
  apolloSetupTitle: 'Set up Apollo Client once',
  apolloSetupText:
    'A small link turns operations carrying a persistedId into GET requests, keeps the ETag and revalidates with If-None-Match; every other query goes to POST /graphql with the token.',
  adhocTitle: 'Ad-hoc queries',
  adhocText: 'Token holders may send any GraphQL query (within the limits below) with POST /graphql.',
  adhocOff: 'The portal is in allowlist-only mode: ad-hoc queries on POST /graphql are refused.',
  limitsTitle: 'Limits',
  limitsText:
    'The cost of a query is how many objects it may load: 1 point per object field, lists multiplied by their page size (pageSize, default {defaultPageSize}, at most {maxPageSize}); scalar fields are free. A query over a limit is refused before anything runs. Cost points are charged to the token (or to the IP address without one); once spent, the portal answers 429 with Retry-After.',
  limit: 'Limit',
  value: 'Value',
  maxDepth: 'Maximum depth',
  maxCost: 'Maximum cost per query',
  maxAliases: 'Maximum aliases',
  pageSize: 'Page size (default / maximum)',
  anonymous: 'Budget without a token',
  token: 'Budget per token',
  perWindow: '{points} points / {seconds} seconds',
  cachedHit: 'A GET answered from the cache costs 1 point.',
  cachingTitle: 'Caching',
  cachingText:
    'GET operations answer with Cache-Control: public, max-age={maxAge}, stale-while-revalidate={swr} and an ETag. Send it back in If-None-Match to get an empty 304. When an editor publishes, the CMS cache is cleared at once; an intermediate cache may keep the old answer for at most {worst} seconds.',
  feedsTitle: 'JSON Feed',
  feedsText: 'The latest news as JSON Feed 1.1, per language and optionally per category, built from the latest-news operation:',
  errorsTitle: 'Error formats',
  errorsText:
    'Errors come in the caller’s language (the locale parameter or Accept-Language). GraphQL answers {"errors": [{"message", "extensions": {"code"}}]}; the GET routes answer {"data": null, "error": {"status", "name", "message"}}.',
  code: 'Code',
  when: 'When',
  errors: {
    GRAPHQL_VALIDATION_FAILED: 'Bad syntax, too deep or too many aliases (the message names the limit) — HTTP 400',
    COST_LIMIT_EXCEEDED: 'The query costs more than the maximum — HTTP 400',
    RATE_LIMITED: 'Budget spent; wait for Retry-After — HTTP 429',
    FORBIDDEN: 'The token may not do this (any write) — HTTP 200 with an error',
    PERSISTED_OPERATIONS_ONLY: 'Allowlist-only mode — HTTP 403',
    '400 / 401 / 404 / 429 / 503': 'GET routes: bad parameters, bad token, unknown operation, budget spent, temporarily unavailable',
  },
  corsTitle: 'Calling from a browser (CORS)',
  corsText:
    'Browsers may call only from domains registered with the portal (CORS_ORIGINS). Never put a token in code that runs in your visitors’ browsers: call from your own server.',
  footerLink: 'Data for partners',
};

export const getPartnerMessages = (locale: Locale): PartnerMessages => (locale === 'en' ? en : vi);
