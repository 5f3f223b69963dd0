import type { Messages } from '@/lib/i18n/messages';
import { routes, type Locale } from '@/lib/routes';

/** The search box of the page header: a plain GET form to the results page (works without scripts). */
export function HeaderSearch({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <form className="header-search" role="search" aria-label={t.search.label} method="get" action={routes.search(locale)}>
      <label htmlFor="header-search-q" className="visually-hidden">
        {t.search.box}
      </label>
      <input id="header-search-q" type="search" name="q" placeholder={t.search.placeholder} maxLength={200} autoComplete="off" />
      <button type="submit">{t.search.submit}</button>
    </form>
  );
}
