'use client';

import 'leaflet/dist/leaflet.css';
import type { FeatureGroup, Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatDate } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import {
  featuresOn,
  layerInForce,
  unitForFeature,
  unitTree,
  type AdminUnit,
  type LayerData,
  type MapFeature,
  type MapLayer,
  type UnitNode,
} from '@/lib/map';
import type { Locale } from '@/lib/routes';

type Labels = Messages['map'];

interface Props {
  locale: Locale;
  layers: MapLayer[];
  units: AdminUnit[];
  dataUrl: string;
  initialDate: string;
  labels: Labels;
}

const BEFORE = '2025-06-30';
const AFTER = '2025-07-01';

function Validity({ unit, labels, locale }: { unit: AdminUnit; labels: Labels; locale: Locale }) {
  if (!unit.validFrom && !unit.validTo) return <>{labels.always}</>;
  return (
    <>
      {unit.validFrom ? `${labels.from} ${formatDate(unit.validFrom, locale)} ` : ''}
      {unit.validTo ? `${labels.until} ${formatDate(unit.validTo, locale)}` : ''}
    </>
  );
}

/** Unit names come from the Vietnamese register: marked as Vietnamese on English pages (WCAG 3.1.2). */
function Vi({ locale, children }: { locale: Locale; children: ReactNode }) {
  return locale === 'vi' ? <>{children}</> : <span lang="vi">{children}</span>;
}

function UnitDetails({ unit, units, labels, locale }: { unit: AdminUnit; units: AdminUnit[]; labels: Labels; locale: Locale }) {
  const parent = unit.parentId ? units.find((u) => u.id === unit.parentId) : undefined;
  return (
    <dl className="contact-list">
      <dt>{labels.code}</dt>
      <dd>{unit.code}</dd>
      <dt>{labels.kind}</dt>
      <dd>{labels.kinds[unit.kind] ?? unit.kind}</dd>
      {parent ? (
        <>
          <dt>{labels.parent}</dt>
          <dd>
            <Vi locale={locale}>{parent.name}</Vi>
          </dd>
        </>
      ) : null}
      <dt>{labels.validity}</dt>
      <dd>
        <Validity unit={unit} labels={labels} locale={locale} />
      </dd>
      {unit.successors.length ? (
        <>
          <dt>{labels.successors}</dt>
          <dd>
            <Vi locale={locale}>{unit.successors.map((s) => s.name).join(', ')}</Vi>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * The units as a nested list, for keyboard and screen-reader users: each name is a button that shows
 * the unit's details, followed by its level, code, parent, validity and successors.
 */
function UnitList({
  nodes,
  parent,
  labels,
  locale,
  onSelect,
}: {
  nodes: UnitNode[];
  parent?: AdminUnit;
  labels: Labels;
  locale: Locale;
  onSelect: (unit: AdminUnit) => void;
}) {
  return (
    <ul className="unit-list">
      {nodes.map(({ unit, children }) => (
        <li key={unit.id}>
          <button type="button" className="unit-select" data-unit-name={unit.name} onClick={() => onSelect(unit)}>
            <Vi locale={locale}>{unit.name}</Vi>
          </button>{' '}
          <span className="unit-meta muted">
            {labels.kind}: {labels.kinds[unit.kind] ?? unit.kind} · {labels.code}: {unit.code}
            {parent ? (
              <>
                {' · '}
                {labels.parent}: <Vi locale={locale}>{parent.name}</Vi>
              </>
            ) : null}
            {' · '}
            {labels.validity}: <Validity unit={unit} labels={labels} locale={locale} />
            {unit.successors.length ? (
              <>
                {' · '}
                {labels.successors}: <Vi locale={locale}>{unit.successors.map((s) => s.name).join(', ')}</Vi>
              </>
            ) : null}
          </span>
          {children.length ? <UnitList nodes={children} parent={unit} labels={labels} locale={locale} onSelect={onSelect} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The map (Leaflet, drawing only the CMS's GeoJSON: no tile server), its controls and the list view. */
export function MapExplorer({ locale, layers, units, dataUrl, initialDate, labels }: Props) {
  const [date, setDate] = useState(initialDate);
  const [visible, setVisible] = useState(() => new Set(layers.filter((l) => l.shownByDefault).map((l) => l.id)));
  const [data, setData] = useState<LayerData[] | null>(null);
  const [selected, setSelected] = useState<{ name: string; unit: AdminUnit | null } | null>(null);
  // What a screen reader hears when a unit is chosen: one line, not the whole details panel.
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  const element = useRef<HTMLDivElement>(null);
  const detailsPanel = useRef<HTMLElement>(null);
  const leaflet = useRef<{ L: typeof import('leaflet'); map: LeafletMap; group: FeatureGroup; fitted: boolean } | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(dataUrl)
      .then((res) => res.json() as Promise<LayerData[]>)
      .then((d) => !cancelled && setData(d))
      .catch(() => !cancelled && setData([]));
    return () => {
      cancelled = true;
    };
  }, [dataUrl]);

  useEffect(() => {
    let cancelled = false;
    void import('leaflet').then((L) => {
      if (cancelled || !element.current) return;
      const map = L.map(element.current, { zoomSnap: 0.25, scrollWheelZoom: false });
      map.setView([18.3, 105.9], 8);
      leaflet.current = { L, map, group: L.featureGroup().addTo(map), fitted: false };
      setReady(true);
    });
    return () => {
      cancelled = true;
      leaflet.current?.map.remove();
      leaflet.current = null;
    };
  }, []);

  const drawn = useMemo(
    () =>
      layers
        .filter((l) => visible.has(l.id) && layerInForce(l, date))
        .map((layer) => ({ layer, features: featuresOn(data?.find((d) => d.id === layer.id)?.features ?? [], units, date) })),
    [layers, visible, date, data, units],
  );

  useEffect(() => {
    const ctx = leaflet.current;
    if (!ready || !ctx || !data) return;
    ctx.group.clearLayers();
    for (const { layer, features } of drawn) {
      const { style } = layer;
      ctx.L.geoJSON({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, {
        attribution: layer.attribution ?? undefined,
        style: { color: style.stroke, weight: 1.5, fillColor: style.fill, fillOpacity: style.opacity },
        onEachFeature: (feature, shape) => {
          const f = feature as MapFeature;
          const name = String(f.properties?.[style.labelField] ?? f.properties?.name ?? layer.name);
          shape.bindTooltip(name, { sticky: true });
          const show = () => setSelected({ name, unit: unitForFeature(f, units, date) });
          shape.on({ mouseover: show, click: show });
        },
      }).addTo(ctx.group);
    }
    const bounds = ctx.group.getBounds();
    if (!ctx.fitted && bounds.isValid()) {
      ctx.map.fitBounds(bounds, { padding: [8, 8] });
      ctx.fitted = true;
    }
  }, [ready, data, drawn, units, date]);

  const tree = useMemo(() => unitTree(units, date), [units, date]);
  const count = useMemo(
    () => units.filter((u) => (!u.validFrom || u.validFrom <= date) && (!u.validTo || u.validTo >= date)).length,
    [units, date],
  );
  const toggle = (id: string) => setVisible((v) => (v.has(id) ? new Set([...v].filter((x) => x !== id)) : new Set([...v, id])));

  return (
    <div className="map-explorer">
      <div className="map-controls">
        <label className="map-date">
          {labels.date}{' '}
          <input type="date" value={date} min="2000-01-01" max="2100-12-31" onChange={(e) => e.target.value && setDate(e.target.value)} />
        </label>
        <div className="chips" role="group" aria-label={labels.date}>
          <button type="button" aria-pressed={date === BEFORE} onClick={() => setDate(BEFORE)}>
            {labels.before}
          </button>
          <button type="button" aria-pressed={date === AFTER} onClick={() => setDate(AFTER)}>
            {labels.after}
          </button>
          <button type="button" aria-pressed={date === initialDate} onClick={() => setDate(initialDate)}>
            {labels.today}
          </button>
        </div>
        <fieldset className="map-layers">
          <legend>{labels.layers}</legend>
          {layers.map((layer) => (
            <label key={layer.id}>
              <input type="checkbox" checked={visible.has(layer.id)} onChange={() => toggle(layer.id)} />{' '}
              <span className="swatch" style={{ background: layer.style.fill }} aria-hidden="true" /> {layer.name}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="map-area">
        <div
          ref={element}
          className="map-canvas"
          role="region"
          aria-label={labels.region}
          data-features={drawn.reduce((n, d) => n + d.features.length, 0)}
        />
        <section ref={detailsPanel} className="map-details" aria-labelledby="map-details-heading">
          <h2 id="map-details-heading">{labels.details}</h2>
          {selected ? (
            <>
              <p className="unit-name">
                <Vi locale={locale}>{selected.name}</Vi>
              </p>
              {selected.unit ? <UnitDetails unit={selected.unit} units={units} labels={labels} locale={locale} /> : null}
            </>
          ) : (
            <p className="muted">{drawn.length ? labels.detailsHint : labels.noLayer}</p>
          )}
        </section>
      </div>
      <section className="map-list" aria-labelledby="unit-list-heading">
        <h2 id="unit-list-heading">
          {labels.list} {labels.listOn} <time dateTime={date}>{formatDate(date, locale)}</time> ({count} {labels.count})
        </h2>
        <p className="visually-hidden" role="status">
          {status}
        </p>
        <UnitList
          nodes={tree}
          labels={labels}
          locale={locale}
          onSelect={(unit) => {
            setSelected({ name: unit.name, unit });
            setStatus(`${labels.showing}: ${unit.name}`);
            // On a phone the panel is above the list: bring it into view (focus stays in the list).
            detailsPanel.current?.scrollIntoView({ block: 'nearest' });
          }}
        />
      </section>
      {layers.some((l) => l.attribution) ? (
        <p className="muted map-source">
          {labels.source}: {[...new Set(layers.map((l) => l.attribution).filter(Boolean))].join('; ')}
        </p>
      ) : null}
    </div>
  );
}
