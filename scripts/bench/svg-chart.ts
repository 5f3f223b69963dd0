/**
 * A small horizontal bar chart written as SVG text, for the benchmarks' figures (no library, no network).
 * Rows share one label column; each panel draws every row's bars side by side (one bar per series), with
 * its own scale. A value of null is drawn as "n/a".
 */
export interface Series {
  name: string;
  color: string;
  values: Array<number | null>;
}

export interface Panel {
  title: string;
  series: Series[];
}

export interface BarChart {
  title: string;
  subtitle?: string;
  rows: string[];
  panels: Panel[];
  /** Appended to each value label, e.g. ' s'. */
  unit?: string;
  digits?: number;
  /** A vertical line drawn in every panel at this value (a target), with its label. */
  target?: { value: number; label: string };
  /** One scale for every panel (default: each panel its own). */
  sharedScale?: boolean;
}

const MAX_LABEL = 46;
const short = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function barChart(chart: BarChart): string {
  const bar = 11;
  const seriesCount = Math.max(...chart.panels.map((p) => p.series.length));
  const rowHeight = seriesCount * bar + 8;
  const labelWidth = 12 + 6.4 * Math.max(...chart.rows.map((r) => short(r).length));
  const panelWidth = 250;
  const gap = 40;
  const top = chart.subtitle ? 78 : 62;
  const legendItem = 170;
  const legendCount = new Set(chart.panels.flatMap((p) => p.series.map((s) => s.name))).size;
  const width = Math.ceil(labelWidth + chart.panels.length * (panelWidth + gap) + 10);
  const legendHeight = 8 + 18 * Math.ceil(legendCount / Math.max(1, Math.floor((width - 10) / legendItem)));
  const height = top + chart.rows.length * rowHeight + legendHeight + 24 + (chart.target ? 10 : 0);
  const digits = chart.digits ?? 0;
  const unit = chart.unit ?? '';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">${esc(chart.title)}</text>`,
  ];
  if (chart.subtitle) out.push(`<text x="10" y="40" fill="#444">${esc(chart.subtitle)}</text>`);
  chart.rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    if (i % 2) out.push(`<rect x="0" y="${y - 2}" width="${width}" height="${rowHeight}" fill="#f4f4f4"/>`);
    out.push(`<text x="${labelWidth - 8}" y="${y + rowHeight / 2 + 2}" text-anchor="end">${esc(short(row))}</text>`);
  });
  const valuesOf = (panels: Panel[]) => panels.flatMap((p) => p.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  chart.panels.forEach((panel, p) => {
    const x0 = labelWidth + p * (panelWidth + gap);
    const values = valuesOf(chart.sharedScale ? chart.panels : [panel]);
    const max = Math.max(1e-9, ...values, chart.target?.value ?? 0) * 1.15;
    const scale = (v: number) => (v / max) * (panelWidth - 40);
    out.push(`<text x="${x0}" y="${top - 14}" font-weight="bold">${esc(panel.title)}</text>`);
    out.push(`<line x1="${x0}" y1="${top - 4}" x2="${x0}" y2="${top + chart.rows.length * rowHeight}" stroke="#999"/>`);
    if (chart.target) {
      const tx = x0 + scale(chart.target.value);
      out.push(
        `<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${top + chart.rows.length * rowHeight}" stroke="#c00" stroke-dasharray="4 3"/>`,
        `<text x="${tx + 3}" y="${top + chart.rows.length * rowHeight + 12}" fill="#c00">${esc(chart.target.label)}</text>`,
      );
    }
    chart.rows.forEach((_, i) => {
      panel.series.forEach((s, k) => {
        const y = top + i * rowHeight + k * bar + 2;
        const v = s.values[i] ?? null;
        if (v === null) {
          out.push(`<text x="${x0 + 4}" y="${y + bar - 2}" fill="#888" font-size="9">n/a</text>`);
          return;
        }
        const w = Math.max(v > 0 ? 1 : 0, scale(v));
        out.push(`<rect x="${x0}" y="${y}" width="${w.toFixed(1)}" height="${bar - 1}" fill="${s.color}"/>`);
        out.push(`<text x="${(x0 + w + 3).toFixed(1)}" y="${y + bar - 2}" font-size="9">${v.toFixed(digits)}${esc(unit)}</text>`);
      });
    });
  });
  const names = [...new Map(chart.panels.flatMap((p) => p.series.map((s) => [s.name, s.color] as const))).entries()];
  const ly = top + chart.rows.length * rowHeight + 18 + (chart.target ? 10 : 0);
  const perLine = Math.max(1, Math.floor((width - 10) / legendItem));
  names.forEach(([name, color], i) => {
    const x = 10 + (i % perLine) * legendItem;
    const y = ly + Math.floor(i / perLine) * 18;
    out.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${color}"/>`, `<text x="${x + 16}" y="${y + 10}">${esc(name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
