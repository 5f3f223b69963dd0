import type { Metadata } from 'next';
import { getSiteFrame } from './cms/queries';
import { getMessages, type Messages } from './i18n/messages';
import { isLocale, type Locale } from './routes';
import { everyLocale, pageMetadata } from './seo';

/**
 * `generateMetadata` for a fixed page that exists in every locale (contacts, map): title and
 * description from the message files; canonical, hreflang and Open Graph from the route builder.
 */
export function fixedPageMetadata(text: (t: Messages) => { title: string; description: string }, path: (locale: Locale) => string) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    if (!isLocale(locale)) return {};
    const { title, description } = text(getMessages(locale));
    return pageMetadata({ locale, frame: await getSiteFrame(locale), title, description, alternates: everyLocale(path) });
  };
}
