import { getMessages } from '@/lib/i18n/messages';
import { routes, type Locale } from '@/lib/routes';

/** The 404 message in one language (`only-<locale>` lets a bilingual page show the right one). */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <div lang={locale} className={`only-${locale}`}>
      <h1 className="page-title">{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href={routes.home(locale)}>{t.backHome}</a>
      </p>
    </div>
  );
}
