import type { Metadata } from 'next';
import { getMessages, type Messages } from './i18n/messages';
import { LOCALES, isLocale, type Locale } from './routes';

/**
 * `generateMetadata` for a fixed page that exists in every locale (contacts, map): title and
 * description from the message files, canonical and hreflang links from the route builder.
 */
export function fixedPageMetadata(text: (t: Messages) => { title: string; description: string }, path: (locale: Locale) => string) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    if (!isLocale(locale)) return {};
    const { title, description } = text(getMessages(locale));
    return {
      title,
      description,
      alternates: { canonical: path(locale), languages: Object.fromEntries(LOCALES.map((l) => [l, path(l)])) },
    };
  };
}
