import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featuresOn, inForce, unitForFeature, unitTree, unitsOn, type AdminUnit, type MapFeature } from '../map';

const unit = (
  id: string,
  code: string,
  name: string,
  parentId: string | null,
  validFrom: string | null,
  validTo: string | null,
): AdminUnit => ({ id, code, name, kind: 'commune', validFrom, validTo, parentId, successors: [] });

const units = [
  unit('p', '42', 'Tỉnh Hà Tĩnh', null, null, null),
  unit('th', '445', 'Huyện Thạch Hà', 'p', null, '2025-06-30'),
  unit('lh', '448', 'Huyện Lộc Hà', 'p', null, '2025-02-28'),
  unit('tl', '18409', 'Xã Tân Lộc', 'th', null, '2025-06-30'),
  unit('hl', '18412', 'Xã Hồng Lộc', 'p', '2025-07-01', null),
];

test('a unit is in force between its dates, both included', () => {
  assert.equal(inForce({ validFrom: null, validTo: '2025-06-30' }, '2025-06-30'), true);
  assert.equal(inForce({ validFrom: null, validTo: '2025-06-30' }, '2025-07-01'), false);
  assert.equal(inForce({ validFrom: '2025-07-01', validTo: null }, '2025-07-01'), true);
  assert.equal(inForce({}, '1990-01-01'), true);
});

test('the units shown change with the date', () => {
  assert.deepEqual(
    unitsOn(units, '2024-12-01').map((u) => u.id),
    ['p', 'th', 'lh', 'tl'],
  );
  assert.deepEqual(
    unitsOn(units, '2025-03-01').map((u) => u.id),
    ['p', 'th', 'tl'],
  );
  assert.deepEqual(
    unitsOn(units, '2025-07-01').map((u) => u.id),
    ['p', 'hl'],
  );
});

test('features of units that no longer exist are not drawn', () => {
  const f = (code?: string): MapFeature => ({
    type: 'Feature',
    properties: code ? { code } : {},
    geometry: { type: 'Point', coordinates: [105.9, 18.3] },
  });
  const features = [f('445'), f('448'), f()];
  assert.equal(featuresOn(features, units, '2024-12-01').length, 3);
  assert.deepEqual(
    featuresOn(features, units, '2025-03-01').map((x) => x.properties?.code),
    ['445', undefined],
  );
  assert.equal(unitForFeature(f('448'), units, '2025-03-01')?.name, 'Huyện Lộc Hà', 'details still name the unit');
  assert.equal(unitForFeature(f(), units, '2025-03-01'), null);
});

test('the list nests units under their parent on the chosen date', () => {
  const names = (nodes: ReturnType<typeof unitTree>): unknown =>
    nodes.map((n) => (n.children.length ? [n.unit.name, names(n.children)] : n.unit.name));
  assert.deepEqual(names(unitTree(units, '2025-03-01')), [['Tỉnh Hà Tĩnh', [['Huyện Thạch Hà', ['Xã Tân Lộc']]]]]);
  assert.deepEqual(names(unitTree(units, '2025-07-01')), [['Tỉnh Hà Tĩnh', ['Xã Hồng Lộc']]]);
});
