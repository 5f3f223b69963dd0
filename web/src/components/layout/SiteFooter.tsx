import type { SiteFrame } from '@/lib/cms/types';
import type { Messages } from '@/lib/i18n/messages';
import { getPartnerMessages } from '@/lib/i18n/partners';
import { getPrivacyMessages } from '@/lib/i18n/privacy';
import { routes, type Locale } from '@/lib/routes';

export function SiteFooter({ frame, locale, t }: { frame: SiteFrame; locale: Locale; t: Messages }) {
  const { footer } = frame;
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <div>
          <p className="footer-name">{frame.portalName}</p>
          {frame.tagline ? <p>{frame.tagline}</p> : null}
          {footer.responsible ? <p>{footer.responsible}</p> : null}
        </div>
        <address>
          {footer.address ? (
            <p>
              {t.address}: {footer.address}
            </p>
          ) : null}
          {footer.phone ? (
            <p>
              {t.phone}: {footer.phone}
            </p>
          ) : null}
          {footer.email ? (
            <p>
              {t.email}: <a href={`mailto:${footer.email}`}>{footer.email}</a>
            </p>
          ) : null}
        </address>
        <div className="footer-links">
          <a href={routes.organisation(locale)}>{t.contacts}</a>
          <a href={routes.rss(locale)}>{t.rss}</a>
          <a href={routes.partners(locale)}>{getPartnerMessages(locale).footerLink}</a>
          <a href={routes.privacy(locale)}>{getPrivacyMessages(locale).footerLink}</a>
        </div>
      </div>
      {footer.copyright ? (
        <div className="copyright">
          <p className="container">{footer.copyright}</p>
        </div>
      ) : null}
    </footer>
  );
}
