import { Picture } from '@/components/common/Picture';
import type { SiteFrame } from '@/lib/cms/types';
import type { Messages } from '@/lib/i18n/messages';
import { routes, type Locale } from '@/lib/routes';
import { HeaderSearch } from '@/components/search/HeaderSearch';
import { DisplayControls } from './DisplayControls';
import { LanguageSwitch } from './LanguageSwitch';

export function SiteHeader({ frame, locale, t, path }: { frame: SiteFrame; locale: Locale; t: Messages; path?: string }) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <header className="site-header">
      <div className="topbar">
        <div className="container topbar-inner">
          <DisplayControls
            labels={{
              display: t.display,
              textLarger: t.textLarger,
              textSmaller: t.textSmaller,
              textReset: t.textReset,
              highContrast: t.highContrast,
            }}
          />
          <LanguageSwitch to={other} label={t.switchLanguageLabel} text={t.switchLanguage} from={path} />
        </div>
      </div>
      <div className="banner">
        <div className="container banner-inner">
          <a href={routes.home(locale)} className="brand">
            {frame.logo ? <Picture image={{ ...frame.logo, alt: '' }} sizes="72px" priority className="brand-logo" /> : null}
            <span className="brand-text">
              <span className="brand-name">{frame.portalName}</span>
              {frame.tagline ? <span className="brand-tagline">{frame.tagline}</span> : null}
            </span>
          </a>
          <HeaderSearch locale={locale} t={t} />
        </div>
      </div>
      <nav className="main-nav" aria-label={t.mainNav}>
        <div className="container">
          <ul className="nav-list">
            <li>
              <a href={routes.home(locale)}>{t.home}</a>
            </li>
            {frame.nav.map((c) => (
              <li key={c.slug} className={c.children.length ? 'has-children' : undefined}>
                <a href={routes.category(locale, c.slug)}>{c.name}</a>
                {c.children.length ? (
                  <ul className="nav-children">
                    {c.children.map((child) => (
                      <li key={child.slug}>
                        <a href={routes.category(locale, child.slug)}>{child.name}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
            <li>
              <a href={routes.documents(locale)}>{t.documentsNav}</a>
            </li>
            <li>
              <a href={routes.organisation(locale)}>{t.organisation}</a>
            </li>
          </ul>
        </div>
      </nav>
    </header>
  );
}
