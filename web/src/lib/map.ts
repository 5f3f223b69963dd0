/**
 * The administrative map's domain: layers (GeoJSON from the CMS) and units with the dates they existed.
 * Pure functions, shared by the server page, the client map and the tests.
 */
export interface MapStyle {
  fill: string;
  stroke: string;
  opacity: number;
  labelField: string;
}

export interface MapLayer {
  id: string;
  name: string;
  description: string | null;
  kind: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  shownByDefault: boolean;
  attribution: string | null;
  style: MapStyle;
}

export interface MapFeature {
  type: 'Feature';
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown };
}

export interface LayerData {
  id: string;
  features: MapFeature[];
}

export interface AdminUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  parentId: string | null;
  successors: Array<{ id: string; name: string }>;
}

/** Dates are ISO days (YYYY-MM-DD), so string comparison is date comparison. */
export function inForce(item: { validFrom?: string | null; validTo?: string | null }, date: string): boolean {
  return (!item.validFrom || item.validFrom <= date) && (!item.validTo || item.validTo >= date);
}

export const layerInForce = (layer: MapLayer, date: string) =>
  inForce({ validFrom: layer.effectiveFrom, validTo: layer.effectiveTo }, date);

export function unitsOn(units: AdminUnit[], date: string): AdminUnit[] {
  return units.filter((u) => inForce(u, date));
}

/**
 * A feature that names a unit by its GSO `code` is drawn only while that unit exists (Lộc Hà's
 * boundary disappears when it joined Thạch Hà); features without a known unit follow their layer.
 */
export function featuresOn(features: MapFeature[], units: AdminUnit[], date: string): MapFeature[] {
  const byCode = new Map<string, AdminUnit[]>();
  for (const u of units) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  return features.filter((f) => {
    const code = typeof f.properties?.code === 'string' ? f.properties.code : null;
    const candidates = code ? byCode.get(code) : undefined;
    return !candidates || candidates.some((u) => inForce(u, date));
  });
}

export interface UnitNode {
  unit: AdminUnit;
  children: UnitNode[];
}

/** Units in force on a date as a tree (province › districts › communes), for the list view. */
export function unitTree(units: AdminUnit[], date: string): UnitNode[] {
  const current = unitsOn(units, date).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const ids = new Set(current.map((u) => u.id));
  const build = (unit: AdminUnit): UnitNode => ({ unit, children: current.filter((c) => c.parentId === unit.id).map(build) });
  return current.filter((u) => !u.parentId || !ids.has(u.parentId)).map(build);
}

/** Details shown for a feature: the unit it names (in force on the date when possible). */
export function unitForFeature(feature: MapFeature, units: AdminUnit[], date: string): AdminUnit | null {
  const code = typeof feature.properties?.code === 'string' ? feature.properties.code : null;
  if (!code) return null;
  const matches = units.filter((u) => u.code === code);
  return matches.find((u) => inForce(u, date)) ?? matches[0] ?? null;
}
