import { formatPeriod, type PeriodSummary } from '@/lib/dossiers';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/routes';

/** Room per period and label size, in the drawing's units. */
const SLOT = 120;
const LABEL = 14;
/** The smallest a label may be drawn on screen, in CSS px: the drawing never shrinks below this. */
const MIN_LABEL_PX = 12;

/**
 * Bars of dossiers received and resolved on time per period, drawn as SVG on the server (no chart
 * library, no JavaScript). The table beside it carries the same numbers for screen readers.
 * The drawing is as wide as its periods need and never scaled below MIN_LABEL_PX labels: on a narrow
 * phone a long series scrolls sideways in its frame (with a shadow at the hidden edge) instead.
 */
export function TrendChart({
  periods,
  locale,
  labels,
}: {
  periods: PeriodSummary[];
  locale: Locale;
  labels: { title: string; received: string; onTime: string };
}) {
  const width = Math.max(320, SLOT * periods.length);
  const height = 240;
  const top = 16;
  const bottom = 32;
  const left = 8;
  const max = Math.max(1, ...periods.map((p) => p.counts.received + p.counts.carriedOver));
  const slot = (width - left) / Math.max(1, periods.length);
  const bar = Math.min(40, slot / 3);
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  return (
    <figure className="trend-chart">
      {/* A long series scrolls sideways on a phone: the frame takes the keyboard's focus so arrows scroll it. */}
      <div className="chart-scroll" tabIndex={0} role="region" aria-label={labels.title}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={labels.title}
          style={{ maxWidth: `${width}px`, minWidth: `${(width * MIN_LABEL_PX) / LABEL}px` }}
        >
          <line x1={left} x2={width} y1={height - bottom} y2={height - bottom} stroke="#555" />
          {periods.map((p, i) => {
            const x = left + i * slot + slot / 2;
            const onTime = p.counts.resolvedEarly + p.counts.resolvedOnTime;
            const label = formatPeriod(p.period, locale);
            return (
              <g key={p.period}>
                <rect x={x - bar - 2} y={y(p.counts.received)} width={bar} height={height - bottom - y(p.counts.received)} fill="#a50e0e">
                  <title>{`${label} — ${labels.received}: ${formatNumber(p.counts.received, locale)}`}</title>
                </rect>
                <rect x={x + 2} y={y(onTime)} width={bar} height={height - bottom - y(onTime)} fill="#d4a017">
                  <title>{`${label} — ${labels.onTime}: ${formatNumber(onTime, locale)}`}</title>
                </rect>
                <text x={x} y={height - bottom + 18} textAnchor="middle" fontSize={LABEL} fill="#222">
                  {label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        <span className="legend legend-received" aria-hidden="true" /> {labels.received}{' '}
        <span className="legend legend-ontime" aria-hidden="true" /> {labels.onTime}
      </figcaption>
    </figure>
  );
}
