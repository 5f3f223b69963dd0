/** Caller-facing messages of the partner feed, in Vietnamese and English (merged into the core's catalog). */
import { defineMessages, pickLanguage, type Lang } from '@portal/strapi-plugin-core/shared';

export type { Lang };

type Params = Record<string, string | number>;

const MESSAGES = defineMessages('partner-feed', {
  costLimit: {
    vi: 'Truy vấn vượt giới hạn chi phí (cost limit): chi phí {cost}, tối đa {max}. Hãy giảm pageSize hoặc bớt quan hệ lồng nhau.',
    en: 'Query cost limit exceeded: the query costs {cost}, the maximum is {max}. Lower pageSize or nest fewer relations.',
  },
  bodyLimit: {
    vi: 'Yêu cầu vượt giới hạn kích thước (body limit): tối đa {max} byte cho một yêu cầu GraphQL.',
    en: 'Request body limit exceeded: a GraphQL request may be at most {max} bytes.',
  },
  tokenLimit: {
    vi: 'Truy vấn vượt giới hạn token (token limit): tối đa {max} token trong một tài liệu GraphQL.',
    en: 'Token limit exceeded: a GraphQL document may have at most {max} tokens.',
  },
  operationsLimit: {
    vi: 'Tài liệu vượt giới hạn số thao tác (operations limit): có {found}, tối đa {max}.',
    en: 'Operations limit exceeded: the document has {found} operations, the maximum is {max}.',
  },
  fragmentsLimit: {
    vi: 'Tài liệu vượt giới hạn số fragment (fragments limit): có {found}, tối đa {max}.',
    en: 'Fragments limit exceeded: the document defines {found} fragments, the maximum is {max}.',
  },
  directivesLimit: {
    vi: 'Tài liệu vượt giới hạn số directive (directives limit): dùng hơn {max} directive, tối đa {max}.',
    en: 'Directives limit exceeded: the document uses more than {max} directives, the maximum is {max}.',
  },
  rateLimited: {
    vi: 'Vượt giới hạn tần suất (rate limit): đã dùng {used}/{budget} điểm chi phí trong {window} giây. Thử lại sau {retry} giây.',
    en: 'Rate limit exceeded: {used} of {budget} cost points used in {window} seconds. Retry in {retry} seconds.',
  },
  allowlistOnly: {
    vi: 'Cổng chỉ nhận các truy vấn đã đăng ký (persisted operations): dùng GET /api/partner-feed/operations/<id>.',
    en: 'Only registered (persisted) operations are accepted: use GET /api/partner-feed/operations/<id>.',
  },
  unknownOperation: {
    vi: 'Không có thao tác "{id}". Danh sách: GET /api/partner-feed/operations.',
    en: 'There is no operation "{id}". The list: GET /api/partner-feed/operations.',
  },
  badParams: {
    vi: 'Tham số không hợp lệ: {detail}.',
    en: 'Invalid parameters: {detail}.',
  },
  tokenRequired: {
    vi: 'Cần API token của đối tác (Authorization: Bearer <token>).',
    en: 'A partner API token is required (Authorization: Bearer <token>).',
  },
  unavailable: {
    vi: 'Tạm thời không lấy được dữ liệu, vui lòng thử lại.',
    en: 'The data is temporarily unavailable, please try again.',
  },
});

export type MessageKey = keyof typeof MESSAGES.table;

export const message = (lang: Lang, key: MessageKey, params: Params = {}) => MESSAGES.text(lang, key, params);

/** The caller's language: a `locale` query parameter, else Accept-Language, else Vietnamese. */
export const callerLang = (query: Record<string, unknown> | undefined, acceptLanguage: string | undefined): Lang =>
  pickLanguage(query?.locale, acceptLanguage);
