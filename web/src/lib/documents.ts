/**
 * The official documents register (Decree 42/2022): domain types and the reading of its filters from a
 * page's query string, validated so a hand-edited URL can never build an odd CMS query.
 */
export const DOCUMENT_TYPES = ['decision', 'official-letter', 'plan', 'report', 'resolution', 'directive', 'notice', 'other'] as const;
export const DOCUMENT_FIELDS = [
  'administrative-reform',
  'home-affairs',
  'justice',
  'land',
  'finance',
  'education',
  'health',
  'culture',
  'economy',
  'other',
] as const;

export interface OfficialDocument {
  id: string;
  number: string;
  slug: string;
  type: string;
  issuingBody: string;
  signer: string | null;
  issueDate: string;
  effectiveDate: string | null;
  summary: string;
  field: string;
  file: { url: string; name: string; sizeKb: number; ext: string } | null;
}

export interface RegisterFilters {
  type?: (typeof DOCUMENT_TYPES)[number];
  field?: (typeof DOCUMENT_FIELDS)[number];
  issuer?: string;
  year?: number;
  q?: string;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;
/** A parameter's text, or nothing when it is empty or holds a control character (NUL…) no form sends. */
const one = (value: string | string[] | undefined) => {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  return text && !/[\u0000-\u001f\u007f]/.test(text) ? text : undefined;
};

export function parseRegisterFilters(params: Params): RegisterFilters {
  const type = one(params.type);
  const field = one(params.field);
  const year = Number(one(params.year));
  const page = Number(one(params.page));
  const q = one(params.q);
  const issuer = one(params.issuer);
  return {
    type: DOCUMENT_TYPES.find((t) => t === type),
    field: DOCUMENT_FIELDS.find((f) => f === field),
    issuer: issuer && issuer.length <= 255 ? issuer : undefined,
    year: Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : undefined,
    q: q ? q.slice(0, 200) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/**
 * The CMS filter (GraphQL OfficialDocumentFiltersInput) for the chosen filters. The text filter is
 * matched by the site search (`matches`: the documents it found for `q`), never a second matcher.
 */
export function registerQuery(f: RegisterFilters, matches: string[] = []): Record<string, unknown> {
  const and: Array<Record<string, unknown>> = [];
  if (f.type) and.push({ documentType: { eq: f.type } });
  if (f.field) and.push({ field: { eq: f.field } });
  if (f.issuer) and.push({ issuingBody: { eq: f.issuer } });
  if (f.year) and.push({ issueDate: { between: [`${f.year}-01-01`, `${f.year}-12-31`] } });
  // No match: an id no document has, so the register is empty rather than unfiltered.
  if (f.q) and.push({ documentId: { in: matches.length ? matches : ['-'] } });
  return and.length ? { and } : {};
}

/** The query string for a filter state (page 1 omitted), for links and pagination. */
export function registerSearch(f: RegisterFilters, page = f.page): string {
  const params = new URLSearchParams();
  if (f.q) params.set('q', f.q);
  if (f.type) params.set('type', f.type);
  if (f.field) params.set('field', f.field);
  if (f.issuer) params.set('issuer', f.issuer);
  if (f.year) params.set('year', String(f.year));
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
