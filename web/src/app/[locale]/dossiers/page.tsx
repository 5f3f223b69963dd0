import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { TrendChart } from '@/components/dossiers/TrendChart';
import { getDossierRows, getSiteFrame } from '@/lib/cms/queries';
import { byPeriod, byPeriodKind, formatPeriod, latestPeriod, rates, unitName, type Counts } from '@/lib/dossiers';
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
  // Sources, and unit names without an English form, stay Vietnamese: marked so on English pages.
  const vi = (text: string) => (locale === 'vi' ? text : <span lang="vi">{text}</span>);

  return (
    <>
      <PageBreadcrumbs items={[{ label: t.home, href: routes.home(locale) }, { label: d.title }]} label={t.breadcrumbs} />
      <h1 className="page-title">{d.title}</h1>
      <p className="lead">{d.intro}</p>
      {!latest ? (
        <p className="empty-state">{d.none}</p>
      ) : (
        <>
          <section aria-labelledby="latest-figures">
            <h2 id="latest-figures" className="section-title">
              {formatPeriod(latest.period, locale)}
            </h2>
            <p className="muted">
              {d.asOf} <time dateTime={latest.asOf}>{formatDate(latest.asOf, locale)}</time>
              {latest.units.length === 1 && latest.units[0]!.source ? (
                <>
                  {' · '}
                  {d.source}: {vi(latest.units[0]!.source)}
                </>
              ) : null}
            </p>
            <Figures counts={latest.counts} locale={locale} labels={d} n={n} />
          </section>
          <section aria-labelledby="trend">
            <h2 id="trend" className="section-title">
              {d.trend}
            </h2>
            {/* One chart per kind of period: a year's figure next to its quarters would dwarf them. */}
            {byPeriodKind(periods).map(([kind, list]) => (
              <section key={kind} aria-labelledby={`trend-${kind}`} data-period-kind={kind}>
                <h3 id={`trend-${kind}`} className="subsection-title">
                  {d.periodKinds[kind]}
                </h3>
                <TrendChart
                  periods={list}
                  locale={locale}
                  labels={{ title: `${d.trendChart} — ${d.periodKinds[kind]}`, received: d.received, onTime: d.onTime }}
                />
                <FiguresTable
                  caption={`${d.trendChart} — ${d.periodKinds[kind]}`}
                  head={d.period}
                  rows={list.map((p) => ({ key: p.period, label: formatPeriod(p.period, locale), counts: p.counts }))}
                  labels={d}
                  locale={locale}
                  n={n}
                />
              </section>
            ))}
          </section>
          <section aria-labelledby="by-unit">
            <h2 id="by-unit" className="section-title">
              {d.byUnit} ({formatPeriod(latest.period, locale)})
            </h2>
            <FiguresTable
              head={d.unit}
              rows={latest.units.map((u) => ({ key: u.unit, label: unitName(u.unit, locale) ?? vi(u.unit), counts: u }))}
              labels={d}
              locale={locale}
              n={n}
            />
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

function Figures({
  counts,
  locale,
  labels,
  n,
}: {
  counts: Counts;
  locale: Locale;
  labels: ReturnType<typeof getMessages>['dossiers'];
  n: (v: number | null) => string;
}) {
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
            <span className="nowrap">{value}</span>
            {hint ? <span className="muted"> {hint}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Received, resolved, on-time rate, in progress and overdue for each row (a period or a unit). */
function FiguresTable({
  caption,
  head,
  rows,
  labels,
  locale,
  n,
}: {
  caption?: string;
  head: string;
  rows: Array<{ key: string; label: ReactNode; counts: Counts }>;
  labels: ReturnType<typeof getMessages>['dossiers'];
  locale: Locale;
  n: (v: number | null) => string;
}) {
  const columns = [labels.received, labels.resolved, labels.onTimeRate, labels.inProgress, labels.overdue];
  return (
    <div className="table-scroll">
      <table className="register register-cards">
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {[head, ...columns].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, counts }) => {
            const r = rates(counts);
            const values = [
              n(counts.received),
              n(r.resolved),
              formatPercent(r.onTimeRate, locale),
              n(counts.inProgress),
              n(counts.overdue),
            ];
            return (
              <tr key={key}>
                <th scope="row" className="register-card-title">
                  {label}
                </th>
                {values.map((value, i) => (
                  <td key={columns[i]} className="num" data-label={columns[i]}>
                    {value}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
