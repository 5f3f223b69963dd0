/**
 * Which request addresses the portal answers with its own error page before routing: malformed ones
 * (a percent sign not followed by two hex digits, or bytes that are not UTF-8: 400; a query parameter
 * holding a control character such as NUL, which no form sends and the CMS cannot store: 400) and ones outside
 * the portal's top-level names (no /vi or /en: 404). The page speaks the address's language, else the
 * visitor's (Accept-Language), else Vietnamese.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from './routes';

export type AddressStatus = 400 | 404;
export interface AddressProblem {
  status: AddressStatus;
  locale: Locale;
}

/**
 * Top-level names that are not a locale but are served: app route folders and public files, listed
 * by next.config.ts at build time (so a new one is never mistaken for a bad address), plus the
 * metadata files Next generates.
 */
const isServedName = (name: string) =>
  ['robots.txt', 'sitemap.xml', 'favicon.ico', ...(process.env.PORTAL_TOP_LEVEL ?? '').split(',')].includes(name);

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The visitor's first acceptable portal language from an Accept-Language header. */
export function preferredLocale(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: tag.split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((l) => l.q > 0 && isLocale(l.lang))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const best = ranked[0]?.lang;
  return best && isLocale(best) ? best : DEFAULT_LOCALE;
}

/** C0 control characters but tab, line feed and carriage return (which a textarea may send). */
// eslint-disable-next-line no-control-regex -- control characters are what this rejects
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Whether a query string (`?q=a%00&…`, as in the address) holds a control character in a name or value. */
export function queryHasControl(search: string): boolean {
  if (!search.includes('%') && !CONTROL.test(search)) return false;
  for (const [name, value] of new URLSearchParams(search)) if (CONTROL.test(name) || CONTROL.test(value)) return true;
  return false;
}

export function addressProblem(pathname: string, acceptLanguage: string | null, search = ''): AddressProblem | null {
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0];
  const locale = first && isLocale(first) ? first : preferredLocale(acceptLanguage);
  if (!segments.every(decodes) || queryHasControl(search)) return { status: 400, locale };
  if (first === undefined || isLocale(first) || isServedName(first)) return null;
  return { status: 404, locale };
}

/** The internal route that renders the error page (app/[locale]/address-error/[status]). */
export const errorPagePath = ({ status, locale }: AddressProblem) => `/${locale}/address-error/${status}`;
