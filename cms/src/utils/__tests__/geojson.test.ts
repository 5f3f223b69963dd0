import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_LAYER_BYTES, validateGeometry, validateLayer } from '../geojson';

const square = (lon = 105.9, lat = 18.3, d = 0.1) => [
  [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ],
];
const feature = (geometry: unknown, properties: unknown = { name: 'A' }) => ({ type: 'Feature', geometry, properties });
const layer = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

test('valid layers are accepted', () => {
  for (const value of [
    layer(),
    layer(feature({ type: 'Polygon', coordinates: square() })),
    layer(
      feature({ type: 'MultiPolygon', coordinates: [square(), square(106.2)] }),
      feature({ type: 'Point', coordinates: [105.9, 18.34] }, null),
    ),
    layer(
      feature({
        type: 'LineString',
        coordinates: [
          [105.9, 18.3],
          [106, 18.4],
        ],
      }),
      feature({ type: 'MultiPoint', coordinates: [[112.3, 16.5]] }),
    ),
    JSON.stringify(
      layer(
        feature({
          type: 'MultiLineString',
          coordinates: [
            [
              [105.9, 18.3],
              [106, 18.4],
            ],
          ],
        }),
      ),
    ),
  ]) {
    const result = validateLayer(value);
    assert.equal(result.ok, true, result.ok ? '' : result.message);
  }
});

const invalid: Array<[string, unknown, RegExp]> = [
  ['invalid JSON', '{"type": "FeatureCollection", ', /^Invalid JSON/],
  ['not a FeatureCollection', { type: 'Feature' }, /must be a GeoJSON FeatureCollection/],
  ['no features array', { type: 'FeatureCollection' }, /no "features" array/],
  ['not a feature', layer({ type: 'Polygon' }), /^Feature 0: not a GeoJSON Feature/],
  ['missing geometry', layer(feature(null)), /^Feature 0: geometry is missing/],
  [
    'geometry collection',
    layer(feature({ type: 'Polygon', coordinates: square() }), feature({ type: 'GeometryCollection', geometries: [] })),
    /^Feature 1: geometry type "GeometryCollection" is not allowed/,
  ],
  [
    'unclosed ring',
    layer(
      feature({
        type: 'Polygon',
        coordinates: [
          square()[0]!
            .slice(0, 4)
            .concat([[105.95, 18.3]]),
        ],
      }),
    ),
    /^Feature 0, ring 0 is not closed/,
  ],
  [
    'ring too short',
    layer(
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [105.9, 18.3],
            [106, 18.3],
            [105.9, 18.3],
          ],
        ],
      }),
    ),
    /^Feature 0, ring 0: needs at least 4 positions/,
  ],
  [
    'unclosed ring in a multipolygon',
    layer(
      feature({ type: 'Point', coordinates: [105.9, 18.3] }),
      feature({ type: 'Point', coordinates: [105.9, 18.3] }),
      feature({
        type: 'MultiPolygon',
        coordinates: [
          square(),
          [
            [
              [105.9, 18.3],
              [106, 18.3],
              [106, 18.4],
              [105.8, 18.4],
            ],
          ],
        ],
      }),
    ),
    /^Feature 2, polygon 1, ring 0 is not closed/,
  ],
  [
    'outside Viet Nam',
    layer(feature({ type: 'Point', coordinates: [2.35, 48.85] })),
    /^Feature 0: position \[2\.35, 48\.85\] is outside Viet Nam/,
  ],
  [
    'swapped longitude and latitude',
    layer(
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [18.3, 105.9],
            [18.4, 105.9],
            [18.4, 106],
            [18.3, 105.9],
          ],
        ],
      }),
    ),
    /Feature 0, ring 0, position 0: .* swapped\?/,
  ],
  [
    'position not numbers',
    layer(feature({ type: 'Point', coordinates: ['105.9', 18.3] })),
    /^Feature 0: a position must be \[longitude, latitude\] numbers/,
  ],
  [
    'line with one position',
    layer(feature({ type: 'LineString', coordinates: [[105.9, 18.3]] })),
    /^Feature 0: needs at least 2 positions, has 1/,
  ],
  [
    'properties not an object',
    layer(feature({ type: 'Point', coordinates: [105.9, 18.3] }, 'x')),
    /^Feature 0: properties must be an object/,
  ],
  [
    'over the size limit',
    layer(feature({ type: 'Point', coordinates: [105.9, 18.3] }, { pad: 'x'.repeat(MAX_LAYER_BYTES) })),
    /at most 5 MB/,
  ],
];

for (const [name, value, message] of invalid) {
  test(`refused: ${name}`, () => {
    const result = validateLayer(value);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, message);
  });
}

test('a unit geometry is a bare geometry', () => {
  assert.equal(validateGeometry({ type: 'MultiPolygon', coordinates: [square()] }).ok, true);
  const bad = validateGeometry({
    type: 'Polygon',
    coordinates: [
      [
        [105.9, 18.3],
        [106, 18.3],
        [106, 18.4],
        [105.8, 18.4],
      ],
    ],
  });
  assert.equal(bad.ok, false);
  assert.match(bad.ok ? '' : bad.message, /^Geometry, ring 0 is not closed/);
});

test('the real district boundaries of Hà Tĩnh pass', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const data = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'ha-tinh-districts.geojson'), 'utf8');
  const result = validateLayer(data);
  assert.equal(result.ok, true, result.ok ? '' : result.message);
  assert.equal(result.ok && result.value.features.length, 14);
});
