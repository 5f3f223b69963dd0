import type { SiteFrame, WebsiteLink } from '@/lib/cms/types';
import type { Messages } from '@/lib/i18n/messages';
import { routes, type Locale } from '@/lib/routes';
import { formatNumber } from '@/lib/i18n/format';
import { Icon, type IconName } from './icons';

function ServiceLink({
  href,
  title,
  hint,
  icon,
  external,
  t,
}: {
  href: string;
  title: string;
  hint: string;
  icon: IconName;
  external: boolean;
  t: Messages;
}) {
  const body = (
    <>
      <span className="service-icon">
        <Icon name={icon} />
      </span>
      <span>
        <span className="service-title">{title}</span>
        <span className="service-hint">{hint}</span>
        {external ? <span className="visually-hidden"> {t.opensNewWindow}</span> : null}
      </span>
    </>
  );
  return (
    <li>
      {external ? (
        <a className="service" href={href} target="_blank" rel="noopener noreferrer">
          {body}
        </a>
      ) : (
        <a className="service" href={href}>
          {body}
        </a>
      )}
    </li>
  );
}

function groupLinks(links: WebsiteLink[]): Array<[string, WebsiteLink[]]> {
  const groups = new Map<string, WebsiteLink[]>();
  for (const link of links) groups.set(link.group ?? '', [...(groups.get(link.group ?? '') ?? []), link]);
  return [...groups.entries()];
}

/**
 * "Thống kê: 137.814 · Online: 62" as rendered with the page; portal.js refreshes the figures from
 * /api/stats after counting this page view, so cached pages show live numbers.
 */
function VisitStatistics({ visits, locale, t }: { visits: SiteFrame['visits']; locale: Locale; t: Messages }) {
  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className="side-block visit-stats" id="visit-statistics" aria-labelledby="visit-statistics-title" data-visit-stats>
      <h2 className="side-title" id="visit-statistics-title">
        {t.statistics}
      </h2>
      {/* Shown by portal.js while it fetches the live figures, which replace the cached ones. */}
      <p className="stats-updating muted" data-stats-updating hidden>
        {t.statsUpdating}
      </p>
      {visits ? (
        <dl className="stats-list">
          {(
            [
              ['total', t.statsTotal],
              ['online', t.statsOnline],
              ['todayHits', t.statsToday],
              ['todayVisitors', t.statsVisitorsToday],
            ] as const
          ).map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd data-stat={key}>{n(visits[key])}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t.statisticsPending}</p>
      )}
    </section>
  );
}

/** The district-portal sidebar: services, the administrative map, website links and visit statistics. */
export function Sidebar({ frame, locale, t }: { frame: SiteFrame; locale: Locale; t: Messages }) {
  const { services } = frame;
  return (
    <aside className="sidebar" aria-label={t.sidebar}>
      <section className="side-block" id="services" tabIndex={-1} aria-labelledby="services-title">
        <h2 className="side-title" id="services-title">
          {t.sidebar}
        </h2>
        <ul className="services">
          {services.operationsPortal ? (
            <ServiceLink
              href={services.operationsPortal}
              title={t.operationsPortal}
              hint={t.operationsPortalHint}
              icon="building"
              external
              t={t}
            />
          ) : null}
          <ServiceLink href={routes.map(locale)} title={t.adminMap} hint={t.adminMapHint} icon="map" external={false} t={t} />
          <ServiceLink
            href={routes.dossiers(locale)}
            title={t.dossierStatus}
            hint={t.dossierStatusHint}
            icon="folder"
            external={false}
            t={t}
          />
          {/* The external document-exchange system when the settings name one, else the portal's register. */}
          <ServiceLink
            href={services.documentExchange ?? routes.documents(locale)}
            title={t.documentExchange}
            hint={t.documentExchangeHint}
            icon="mail"
            external={Boolean(services.documentExchange)}
            t={t}
          />
        </ul>
      </section>
      {frame.websiteLinks.length ? (
        <section className="side-block">
          <h2 className="side-title">{t.websiteLinks}</h2>
          {/* A plain list, shown at once: a collapsed box hid the links behind one more click. */}
          <div className="website-links">
            {groupLinks(frame.websiteLinks).map(([group, links]) => (
              <div key={group}>
                {group ? <p className="link-group">{group}</p> : null}
                <ul>
                  {links.map((link) => (
                    <li key={link.url}>
                      <a href={link.url} target="_blank" rel="noopener noreferrer">
                        {link.label}
                        <span className="visually-hidden"> {t.opensNewWindow}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ) : null}
      <VisitStatistics visits={frame.visits} locale={locale} t={t} />
    </aside>
  );
}
