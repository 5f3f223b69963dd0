/**
 * GeoJSON validation for map layers and unit geometries. A layer is a FeatureCollection; every problem is
 * reported with the feature index (and ring / position where it helps), so an editor can find it.
 *
 * Rules (documented in the README):
 *  - valid JSON, `type: "FeatureCollection"` with a `features` array (a unit's geometry: a bare geometry);
 *  - geometry types Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon
 *    (GeometryCollection and null geometries are refused);
 *  - positions are [longitude, latitude] numbers inside Viet Nam's bounding box, islands included:
 *    longitude 102.0–117.9, latitude 6.0–23.5;
 *  - lines have at least 2 positions; polygon rings at least 4, first and last equal (closed);
 *  - at most 5 MB of JSON and 10,000 features per layer.
 */
export const VIETNAM_BBOX = { minLon: 102.0, maxLon: 117.9, minLat: 6.0, maxLat: 23.5 } as const;
export const MAX_LAYER_BYTES = 5 * 1024 * 1024;
export const MAX_FEATURES = 10_000;

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
type GeometryType = (typeof GEOMETRY_TYPES)[number];

export interface Geometry {
  type: GeometryType;
  coordinates: unknown;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; geometry: Geometry; properties: Record<string, unknown> | null }>;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

class GeoJsonProblem extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch (error) {
    throw new GeoJsonProblem(`Invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function position(value: unknown, where: string): void {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new GeoJsonProblem(`${where}: a position must be [longitude, latitude] numbers`);
  }
  const [lon, lat] = value as number[];
  if (lon! < VIETNAM_BBOX.minLon || lon! > VIETNAM_BBOX.maxLon || lat! < VIETNAM_BBOX.minLat || lat! > VIETNAM_BBOX.maxLat) {
    throw new GeoJsonProblem(
      `${where}: position [${lon}, ${lat}] is outside Viet Nam (longitude ${VIETNAM_BBOX.minLon}–${VIETNAM_BBOX.maxLon}, latitude ${VIETNAM_BBOX.minLat}–${VIETNAM_BBOX.maxLat}); are longitude and latitude swapped?`,
    );
  }
}

function positions(value: unknown, where: string, min: number): unknown[] {
  if (!Array.isArray(value)) throw new GeoJsonProblem(`${where}: expected an array of positions`);
  if (value.length < min) throw new GeoJsonProblem(`${where}: needs at least ${min} positions, has ${value.length}`);
  value.forEach((p, i) => position(p, `${where}, position ${i}`));
  return value;
}

function ring(value: unknown, where: string): void {
  const points = positions(value, where, 4) as number[][];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) throw new GeoJsonProblem(`${where} is not closed: its first and last positions differ`);
}

function polygon(value: unknown, where: string): void {
  if (!Array.isArray(value) || value.length === 0) throw new GeoJsonProblem(`${where}: a polygon needs at least one ring`);
  value.forEach((r, i) => ring(r, `${where}, ring ${i}`));
}

function many(value: unknown, where: string, each: (v: unknown, w: string) => void, noun: string): void {
  if (!Array.isArray(value) || value.length === 0) throw new GeoJsonProblem(`${where}: expected a non-empty array of ${noun}s`);
  value.forEach((v, i) => each(v, `${where}, ${noun} ${i}`));
}

function geometry(value: unknown, where: string): Geometry {
  if (!isObject(value)) throw new GeoJsonProblem(`${where}: geometry is missing`);
  const { type, coordinates } = value;
  if (!GEOMETRY_TYPES.includes(type as GeometryType)) {
    throw new GeoJsonProblem(`${where}: geometry type "${String(type)}" is not allowed (use ${GEOMETRY_TYPES.join(', ')})`);
  }
  switch (type as GeometryType) {
    case 'Point':
      position(coordinates, where);
      break;
    case 'MultiPoint':
      positions(coordinates, where, 1);
      break;
    case 'LineString':
      positions(coordinates, where, 2);
      break;
    case 'MultiLineString':
      many(coordinates, where, (v, w) => positions(v, w, 2), 'line');
      break;
    case 'Polygon':
      polygon(coordinates, where);
      break;
    case 'MultiPolygon':
      many(coordinates, where, polygon, 'polygon');
      break;
  }
  return { type: type as GeometryType, coordinates };
}

function collection(data: unknown): FeatureCollection {
  if (!isObject(data) || data.type !== 'FeatureCollection') throw new GeoJsonProblem('A layer must be a GeoJSON FeatureCollection');
  if (!Array.isArray(data.features)) throw new GeoJsonProblem('FeatureCollection has no "features" array');
  if (data.features.length > MAX_FEATURES)
    throw new GeoJsonProblem(`A layer holds at most ${MAX_FEATURES} features, this one has ${data.features.length}`);
  data.features.forEach((feature, i) => {
    const where = `Feature ${i}`;
    if (!isObject(feature) || feature.type !== 'Feature') throw new GeoJsonProblem(`${where}: not a GeoJSON Feature`);
    geometry(feature.geometry, where);
    if (feature.properties !== undefined && feature.properties !== null && !isObject(feature.properties)) {
      throw new GeoJsonProblem(`${where}: properties must be an object`);
    }
  });
  return data as unknown as FeatureCollection;
}

function run<T>(fn: () => T): Validation<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof GeoJsonProblem) return { ok: false, message: error.message };
    throw error;
  }
}

export function validateLayer(input: unknown): Validation<FeatureCollection> {
  return run(() => {
    const size = typeof input === 'string' ? Buffer.byteLength(input) : Buffer.byteLength(JSON.stringify(input ?? null));
    if (size > MAX_LAYER_BYTES)
      throw new GeoJsonProblem(
        `A layer is at most ${MAX_LAYER_BYTES / 1024 / 1024} MB of GeoJSON, this one is ${(size / 1024 / 1024).toFixed(1)} MB`,
      );
    return collection(parse(input));
  });
}

export function validateGeometry(input: unknown): Validation<Geometry> {
  return run(() => geometry(parse(input), 'Geometry'));
}
