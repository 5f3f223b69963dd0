/**
 * Reading the administrative reference data (cms/data, see its README) in one place: the unit list of
 * 2025-03-01, the 2025-07-01 merger and the boundary layers, with the dates the reform gives them. The
 * administrative map (admin-map.ts) and the sites (sites.ts) are both derived from these files, so a
 * correction to the data reaches both.
 */
import fs from 'node:fs';
import path from 'node:path';

const DATA = path.resolve(__dirname, '..', '..', 'data');
export const readData = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as T;

export interface UnitList {
  province: { code: string; name: string };
  districts: Array<{ level2_id: string; name: string; level3s: Array<{ level3_id: string; name: string }> }>;
}
export interface Merger {
  communes: Array<{ level3_id: string; name: string; splits: Array<{ new_id: string; name: string }> }>;
}
export interface Boundaries {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; properties: { code: string; name: string; level: number }; geometry: unknown }>;
}

/** A unit as both seeds use it: GSO code and official name (`18673`, `Xã Cẩm Xuyên`). */
export interface Unit {
  code: string;
  name: string;
}

/** The last day of the district tier: on 2025-07-01 districts were abolished and communes merged. */
export const DISTRICT_TIER_ENDS = '2025-06-30';
export const MERGED_FROM = '2025-07-01';

export const unitList = () => readData<UnitList>('ha-tinh-units-2025-03.json');
export const merger = () => readData<Merger>('ha-tinh-merger-2025-07.json');
export const boundaries = () => readData<Boundaries>('ha-tinh-districts.geojson');

/**
 * The communes and wards formed on 2025-07-01, in the file's order, once each: a new unit formed from
 * several old communes appears in each of their `splits`.
 */
export function unitsFormed(data: Merger = merger()): Unit[] {
  const units = new Map<string, Unit>();
  for (const c of data.communes) for (const s of c.splits) units.set(`${s.new_id}|${s.name}`, { code: s.new_id, name: s.name });
  return [...units.values()];
}

/** The admin-unit kind of an official name, from its kind word. */
export function kindOf(name: string): string {
  if (name.startsWith('Tỉnh')) return 'province';
  if (name.startsWith('Thành phố')) return 'city';
  if (name.startsWith('Thị xã')) return 'town';
  if (name.startsWith('Huyện')) return 'district';
  if (name.startsWith('Phường')) return 'ward';
  if (name.startsWith('Thị trấn')) return 'township';
  return 'commune';
}
