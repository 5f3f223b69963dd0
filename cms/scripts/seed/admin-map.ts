/**
 * The administrative map's reference data (cms/data, see its README): Hà Tĩnh's units before and after
 * the 2025 reorganisation, linked old → new, and the boundary layers. Idempotent.
 */
import type { Core } from '@strapi/strapi';
import { SingleBar, Presets } from 'cli-progress';
import {
  DISTRICT_TIER_ENDS,
  MERGED_FROM,
  boundaries as readBoundaries,
  kindOf,
  merger as readMerger,
  unitList,
  unitsFormed,
} from './admin-data';

// Lộc Hà is in the boundary file but not in the 2025-03-01 list; see cms/data/README.md.
const LOC_HA = { code: '448', validTo: '2025-02-28' };
const SOURCE_LIST = 'GSO unit list 2025-03-01 (via dvhcvn)';
const SOURCE_MERGER = 'NQ 1654–1687/NQ-UBTVQH15 (via dvhcvn/20250701; demo data)';

type UnitData = { code: string; name: string; kind: string; parent?: string; validFrom?: string; validTo?: string; source: string };

async function upsertUnit(strapi: Core.Strapi, unit: UnitData): Promise<string> {
  const units = strapi.documents('api::admin-unit.admin-unit');
  const filters = { code: unit.code, name: unit.name, validFrom: unit.validFrom ? { $eq: unit.validFrom } : { $null: true } };
  const found = await units.findFirst({ filters: filters as never, fields: ['documentId'] as never });
  if (found) return found.documentId;
  return (await units.create({ data: { kind: unit.kind, ...unit } as never })).documentId;
}

export async function seedAdminMap(strapi: Core.Strapi): Promise<{ units: number; layers: number }> {
  const list = unitList();
  const merger = readMerger();
  const boundaries = readBoundaries();

  const newUnits = new Map(unitsFormed(merger).map((u) => [`${u.code}|${u.name}`, u]));
  const total = 1 + list.districts.length + 1 + list.districts.reduce((n, d) => n + d.level3s.length, 0) + newUnits.size;
  const bar = new SingleBar(
    { format: 'Administrative units [{bar}] {value}/{total}', noTTYOutput: true, notTTYSchedule: 5000 },
    Presets.shades_classic,
  );
  bar.start(total, 0);

  const write = async () => {
    const province = await upsertUnit(strapi, {
      code: list.province.code,
      name: list.province.name,
      kind: 'province',
      source: SOURCE_LIST,
    });
    bar.increment();
    const byOldCode = new Map<string, string>();
    const districts = [
      ...list.districts.map((d) => ({ code: d.level2_id, name: d.name })),
      { code: LOC_HA.code, name: boundaries.features.find((f) => f.properties.code === LOC_HA.code)!.properties.name },
    ];
    const districtIds = new Map<string, string>();
    for (const d of districts) {
      const validTo = d.code === LOC_HA.code ? LOC_HA.validTo : DISTRICT_TIER_ENDS;
      districtIds.set(
        d.code,
        await upsertUnit(strapi, { code: d.code, name: d.name, kind: kindOf(d.name), parent: province, validTo, source: SOURCE_LIST }),
      );
      bar.increment();
    }
    for (const d of list.districts) {
      for (const c of d.level3s) {
        byOldCode.set(
          c.level3_id,
          await upsertUnit(strapi, {
            code: c.level3_id,
            name: c.name,
            kind: kindOf(c.name),
            parent: districtIds.get(d.level2_id),
            validTo: DISTRICT_TIER_ENDS,
            source: SOURCE_LIST,
          }),
        );
        bar.increment();
      }
    }
    const newIds = new Map<string, string>();
    for (const [key, u] of newUnits) {
      newIds.set(
        key,
        await upsertUnit(strapi, {
          code: u.code,
          name: u.name,
          kind: kindOf(u.name),
          parent: province,
          validFrom: MERGED_FROM,
          source: SOURCE_MERGER,
        }),
      );
      bar.increment();
    }
    const units = strapi.documents('api::admin-unit.admin-unit');
    for (const c of merger.communes) {
      const old = byOldCode.get(c.level3_id);
      if (!old) continue;
      const successors = c.splits.map((s) => newIds.get(`${s.new_id}|${s.name}`)!).filter(Boolean);
      const current = await units.findOne({ documentId: old, populate: { successors: { fields: ['documentId'] } } as never });
      const have = ((current as { successors?: Array<{ documentId: string }> } | null)?.successors ?? []).map((s) => s.documentId).sort();
      if (JSON.stringify(have) !== JSON.stringify([...successors].sort()))
        await units.update({ documentId: old, data: { successors } as never });
    }
  };
  if (strapi.db.dialect.client === 'sqlite') await strapi.db.transaction(write);
  else await write();
  bar.stop();

  const layers = strapi.documents('api::map-layer.map-layer');
  const attribution = {
    vi: 'Ranh giới: Hệ thống bản đồ hành chính (gis.chinhphu.vn), qua bộ dữ liệu mở dvhcvn',
    en: 'Boundaries: government administrative map system (gis.chinhphu.vn), via the open dvhcvn dataset',
  };
  const layerSeeds = [
    {
      key: 'ranh-gioi-tinh',
      level: 1,
      order: 1,
      style: { fill: '#f2c230', stroke: '#7a0a0a', opacity: 0.12, labelField: 'name' },
      effectiveTo: undefined,
      vi: { name: 'Ranh giới tỉnh Hà Tĩnh', description: 'Đường địa giới tỉnh Hà Tĩnh.' },
      en: { name: 'Hà Tĩnh province boundary', description: 'The boundary of Hà Tĩnh province.' },
    },
    {
      key: 'ranh-gioi-cap-huyen',
      level: 2,
      order: 2,
      style: { fill: '#c8102e', stroke: '#7a0a0a', opacity: 0.25, labelField: 'name' },
      effectiveTo: DISTRICT_TIER_ENDS,
      vi: {
        name: 'Ranh giới cấp huyện (đến 30/6/2025)',
        description:
          'Các huyện, thị xã, thành phố của tỉnh trước khi bỏ cấp huyện ngày 01/7/2025; ranh giới có từ trước khi Lộc Hà nhập vào Thạch Hà.',
      },
      en: {
        name: 'District boundaries (until 30 June 2025)',
        description:
          'The province’s districts, towns and city before the district tier was abolished on 1 July 2025; the boundaries predate Lộc Hà joining Thạch Hà.',
      },
    },
  ];
  let created = 0;
  for (const l of layerSeeds) {
    const data = { type: 'FeatureCollection', features: boundaries.features.filter((f) => f.properties.level === l.level) };
    const existing = await layers.findFirst({ locale: 'vi', status: 'draft', filters: { name: l.vi.name } as never });
    let documentId = existing?.documentId;
    for (const locale of ['vi', 'en'] as const) {
      if (documentId && (await layers.findOne({ documentId, locale, status: 'draft' }))) continue;
      const fields = {
        ...l[locale],
        attribution: attribution[locale],
        kind: 'boundaries',
        data,
        style: l.style,
        order: l.order,
        shownByDefault: true,
        effectiveTo: l.effectiveTo,
      } as never;
      documentId = (documentId ? await layers.update({ documentId, locale, data: fields }) : await layers.create({ locale, data: fields }))!
        .documentId;
      await layers.publish({ documentId, locale });
      created += 1;
    }
  }
  return { units: total, layers: created };
}
