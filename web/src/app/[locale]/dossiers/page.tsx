import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/article/Breadcrumbs';
import { TrendChart } from '@/components/dossiers/TrendChart';
import { getDossierRows, getSiteFrame } from '@/lib/cms/queries';
import { byPeriod, latestPeriod, rates, type Counts } from '@/lib/dossiers';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { fixedPageMetadata } from '@/lib/metadata';
import { isLocale, routes, type Locale } from '@/lib/routes';

export const revalidate = 3600;
export const generateMetadata = fixedPageMetadata((t) => ({ title: t.dossiers.title, description: t.dossiers.intro }), routes.dossiers);

export default async function DossiersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const d = t.dossiers;
  const [rows, frame] = await Promise.all([getDossierRows(), getSiteFrame(locale)]);
  const periods = byPeriod(rows);
  const latest = latestPeriod(periods);
  const n = (v: number | null) => (v === null ? d.notReported : formatNumber(v, locale));

  return (
    <>
      <Breadcrumbs items={[{ label: t.home, href: routes.home(locale) }, { label: d.title }]} label={t.breadcrumbs} />
      <h1 className="page-title">{d.title}</h1>
      <p className="lead">{d.intro}</p>
      {!latest ? (
        <p className="empty-state">{d.none}</p>
      ) : (
        <>
          <section aria-labelledby="latest-figures">
            <h2 id="latest-figures" className="section-title">
              {d.period} {latest.period}
            </h2>
            <p className="muted">
              {d.asOf} <time dateTime={latest.asOf}>{formatDate(latest.asOf, locale)}</time>
              {latest.units.length === 1 && latest.units[0]!.source ? ` · ${d.source}: ${latest.units[0]!.source}` : ''}
            </p>
            <Figures counts={latest.counts} locale={locale} labels={d} n={n} />
          </section>
          <section aria-labelledby="trend">
            <h2 id="trend" className="section-title">
              {d.trend}
            </h2>
            <TrendChart periods={periods} locale={locale} labels={{ title: d.trendChart, received: d.received, onTime: d.onTime }} />
            <div className="table-scroll">
              <table className="register">
                <caption className="visually-hidden">{d.trendChart}</caption>
                <thead>
                  <tr>
                    <th scope="col">{d.period}</th>
                    <th scope="col">{d.received}</th>
                    <th scope="col">{d.resolved}</th>
                    <th scope="col">{d.onTimeRate}</th>
                    <th scope="col">{d.inProgress}</th>
                    <th scope="col">{d.overdue}</th>
                  </tr>
                </thead>
                <tbody>
                  {periods.map((p) => (
                    <tr key={p.period}>
                      <th scope="row">{p.period}</th>
                      <td>{n(p.counts.received)}</td>
                      <td>{n(rates(p.counts).resolved)}</td>
                      <td>{formatPercent(rates(p.counts).onTimeRate, locale)}</td>
                      <td>{n(p.counts.inProgress)}</td>
                      <td>{n(p.counts.overdue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="by-unit">
            <h2 id="by-unit" className="section-title">
              {d.byUnit} ({latest.period})
            </h2>
            <div className="table-scroll">
              <table className="register">
                <thead>
                  <tr>
                    <th scope="col">{d.unit}</th>
                    <th scope="col">{d.received}</th>
                    <th scope="col">{d.resolved}</th>
                    <th scope="col">{d.onTimeRate}</th>
                    <th scope="col">{d.inProgress}</th>
                    <th scope="col">{d.overdue}</th>
                  </tr>
                </thead>
                <tbody>
                  {latest.units.map((u) => (
                    <tr key={u.unit}>
                      <th scope="row">{u.unit}</th>
                      <td>{n(u.received)}</td>
                      <td>{n(rates(u).resolved)}</td>
                      <td>{formatPercent(rates(u).onTimeRate, locale)}</td>
                      <td>{n(u.inProgress)}</td>
                      <td>{n(u.overdue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      <p className="downloads">
        {d.download}: <a href={routes.dossierData(locale, 'csv')}>CSV</a> · <a href={routes.dossierData(locale, 'json')}>JSON</a>
        {frame.services.dossierStatus ? (
          <>
            {' '}
            · <a href={frame.services.dossierStatus}>{d.lookup}</a>
          </>
        ) : null}
      </p>
    </>
  );
}

function Figures({ counts, locale, labels, n }: { counts: Counts; locale: Locale; labels: ReturnType<typeof getMessages>['dossiers']; n: (v: number | null) => string }) {
  const r = rates(counts);
  const items: Array<[string, string, string?]> = [
    [labels.received, n(counts.received)],
    [labels.resolved, n(r.resolved)],
    [labels.onTimeRate, formatPercent(r.onTimeRate, locale), labels.onTimeRateHint],
    [labels.resolvedShare, formatPercent(r.resolvedShare, locale)],
    [labels.inProgress, n(counts.inProgress)],
    [labels.overdue, n(counts.overdue)],
    [labels.online, n(counts.submittedOnline)],
    [labels.byPost, n(counts.returnedByPost)],
  ];
  return (
    <dl className="stat-cards">
      {items.map(([label, value, hint]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            {value}
            {hint ? <span className="muted"> {hint}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
