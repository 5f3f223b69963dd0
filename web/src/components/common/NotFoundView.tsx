import { getMessages } from '@/lib/i18n/messages';
import { routes, type Locale } from '@/lib/routes';

/** The 404 (or, for a malformed address, 400) message in one language (`only-<locale>` lets a bilingual page show the right one). */
export function NotFoundView({ locale, badAddress = false }: { locale: Locale; badAddress?: boolean }) {
  const t = getMessages(locale);
  return (
    <div lang={locale} className={`only-${locale}`}>
      <h1 className="page-title">{badAddress ? t.badAddressTitle : t.notFoundTitle}</h1>
      <p>{badAddress ? t.badAddressText : t.notFoundText}</p>
      <p>
        <a href={routes.home(locale)}>{t.backHome}</a>
      </p>
    </div>
  );
}
