import type { ReactNode } from 'react';
import type { SiteFrame } from '@/lib/cms/types';
import type { Messages } from '@/lib/i18n/messages';
import { BEACON_URL, SCRIPT } from '@/lib/assets';
import type { Locale } from '@/lib/routes';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { Sidebar } from './Sidebar';

/** Everything around a page's content: skip link, header band, sidebar, footer and portal.js. */
export function PageFrame({
  frame,
  locale,
  t,
  path,
  children,
}: {
  frame: SiteFrame;
  locale: Locale;
  t: Messages;
  path?: string;
  children: ReactNode;
}) {
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t.skipToContent}
      </a>
      <SiteHeader frame={frame} locale={locale} t={t} path={path} />
      {/* On a phone the sidebar comes after all the news: this link (shown on narrow screens) gets there.
          A navigation landmark, so nothing on the page sits outside one. */}
      <nav className="container phone-shortcut" aria-label={t.toServices}>
        <a href="#services">{t.toServices}</a>
      </nav>
      <div className="container page-grid">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        <Sidebar frame={frame} locale={locale} t={t} />
      </div>
      <SiteFooter frame={frame} locale={locale} t={t} />
      <script src={SCRIPT} defer data-beacon={BEACON_URL} />
    </>
  );
}
