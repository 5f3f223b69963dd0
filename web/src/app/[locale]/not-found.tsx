import { getMessages } from '@/lib/i18n/messages';
import { LOCALES, routes } from '@/lib/routes';

/**
 * 404 for a missing article, category or page under /vi or /en. not-found files get no route params,
 * so both languages are rendered and the stylesheet shows the one matching <html lang>, which the
 * locale layout sets. The response status is 404.
 */
export default function NotFound() {
  return (
    <div className="not-found">
      <p className="error-code">404</p>
      {LOCALES.map((locale) => {
        const t = getMessages(locale);
        return (
          <div key={locale} lang={locale} className={`only-${locale}`}>
            <h1 className="page-title">{t.notFoundTitle}</h1>
            <p>{t.notFoundText}</p>
            <p>
              <a href={routes.home(locale)}>{t.backHome}</a>
            </p>
          </div>
        );
      })}
    </div>
  );
}
