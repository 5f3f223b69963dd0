import type { Metadata } from 'next';
import { NotFoundView } from '@/components/common/NotFoundView';
import { getMessages } from '@/lib/i18n/messages';
import { LOCALES } from '@/lib/routes';

// No route params here, so the title names both languages (the visible text shows the page's own).
export const metadata: Metadata = { title: LOCALES.map((l) => getMessages(l).notFoundTitle).join(' · '), robots: { index: false } };

/**
 * 404 for a missing category or page under /vi or /en. not-found files get no route params, so both
 * languages are rendered and the stylesheet shows the one matching <html lang>, which the locale
 * layout sets. The response status is 404.
 */
export default function NotFound() {
  return (
    <div className="not-found">
      <p className="error-code">404</p>
      {LOCALES.map((locale) => (
        <NotFoundView key={locale} locale={locale} />
      ))}
    </div>
  );
}
