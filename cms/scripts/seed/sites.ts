/**
 * The demo's sites (issue 24): the Hà Tĩnh provincial portal, one portal per commune and ward of
 * 2025-07-01 (Decree 224/2026/NĐ-CP makes each a component of the provincial portal), and an archive of
 * the former district of Thạch Hà, whose portal this project was. Every row is derived from the
 * reference data (cms/data): names and GSO codes from the files, host labels by the core's own rule
 * (`hostLabel`), so a label the seed writes is one the host map resolves.
 *
 * Idempotent, matched by `key`: a missing site is created, one that exists is left as it is (an
 * administrator may have suspended or renamed it), except the province's name, English name, kind and
 * unit code, which the seed states because the core creates that row at boot with placeholder values.
 * Content stays where it is (on the province); moving it is a later step of the issue.
 */
import type { Core } from '@strapi/strapi';
import type { CoreServices, SiteKind, SiteState } from '@portal/strapi-plugin-core/types';
import { hostLabel, plainLatin, withoutDiacritics } from '@portal/strapi-plugin-core/shared';
import { DISTRICT_TIER_ENDS, type Unit, unitList, unitsFormed } from './admin-data';

const SITE_UID = 'plugin::portal-core.site';

/** The former district whose portal this was: GSO code 445 in the 2025-03-01 list (cms/data/README.md). */
const ARCHIVED_DISTRICT = '445';

/**
 * The kind words the data's names start with, in English (`Xã Cẩm Xuyên` → `Cam Xuyen Commune`), and the
 * site kind of a unit of 2025-07-01 that bears one.
 */
const KIND_WORDS: Array<{ vi: string; en: string; kind?: Extract<SiteKind, 'commune' | 'ward'> }> = [
  { vi: 'Tỉnh', en: 'Province' },
  { vi: 'Huyện', en: 'District' },
  { vi: 'Phường', en: 'Ward', kind: 'ward' },
  { vi: 'Xã', en: 'Commune', kind: 'commune' },
];

type SiteData = {
  key: string;
  name: string;
  nameEn: string;
  kind: SiteKind;
  state: SiteState;
  adminUnitCode: string;
  label?: string;
  validUntil?: string;
  languages?: string[];
  parent?: string;
};

/** A unit's kind word and the rest of its name; a name the table does not know stops the seed (no guessed English). */
function splitName(name: string): { word: (typeof KIND_WORDS)[number]; rest: string } {
  const word = KIND_WORDS.find((w) => name.startsWith(`${w.vi} `));
  if (!word) throw new Error(`sites: no kind word known in "${name}" (cms/scripts/seed/sites.ts, KIND_WORDS)`);
  return { word, rest: name.slice(word.vi.length + 1) };
}

/** `Phường Thành Sen` → `Thanh Sen Ward`: the place name without diacritics, then the kind in English. */
export function englishName(name: string): string {
  const { word, rest } = splitName(name);
  return `${plainLatin(rest)} ${word.en}`;
}

/** `2025-06-30` as the portal writes dates in each language: `30/6/2025`, `30 June 2025`. */
function dayIn(date: string): { vi: string; en: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return { vi: `${d}/${m}/${y}`, en: `${d} ${month} ${y}` };
}

/** A commune's or ward's portal: key and label are its Decree 224 label, live at once. */
function communeSite(unit: Unit, parent: string): SiteData {
  const label = hostLabel(unit.name);
  const { kind } = splitName(unit.name).word;
  if (!kind) throw new Error(`sites: "${unit.name}" of 2025-07-01 is neither a commune nor a ward`);
  return { key: label, label, name: unit.name, nameEn: englishName(unit.name), kind, state: 'live', adminUnitCode: unit.code, parent };
}

/**
 * The former district's archive. Its Decree 224 label (`thachha`) now belongs to the commune Xã Thạch Hà,
 * so the archive keeps its kind word in its label (`huyenthachha`): still the unit's name, never a
 * commune's host.
 */
function archiveSite(district: Unit, parent: string): SiteData {
  const label = withoutDiacritics(district.name).replace(/[^a-z0-9]/g, '');
  const until = dayIn(DISTRICT_TIER_ENDS);
  return {
    key: label,
    label,
    name: `${district.name} (đến ${until.vi})`,
    nameEn: `${englishName(district.name)} (until ${until.en})`,
    kind: 'archive',
    state: 'archived',
    adminUnitCode: district.code,
    validUntil: DISTRICT_TIER_ENDS,
    parent,
  };
}

export async function seedSites(strapi: Core.Strapi): Promise<{ created: number; updated: number }> {
  const sites = strapi.plugin('portal-core').service<CoreServices['sites']>('sites');
  const documents = strapi.documents(SITE_UID as never);
  // The core creates the default site at boot; the seed says which unit it is.
  const province = sites.defaultSite();
  if (!province) throw new Error('sites: the core has not created the default site');
  const list = unitList();
  let updated = 0;
  const stated = { name: list.province.name, nameEn: englishName(list.province.name), kind: 'province', adminUnitCode: list.province.code };
  if (Object.entries(stated).some(([field, value]) => province[field as keyof typeof stated] !== value)) {
    await documents.update({ documentId: province.documentId, data: stated } as never);
    updated += 1;
  }

  const district = list.districts.find((d) => d.level2_id === ARCHIVED_DISTRICT);
  if (!district) throw new Error(`sites: district ${ARCHIVED_DISTRICT} is not in the unit list`);
  const wanted = [
    ...unitsFormed().map((unit) => communeSite(unit, province.documentId)),
    archiveSite({ code: district.level2_id, name: district.name }, province.documentId),
  ];
  const existing = (await strapi.db.query(SITE_UID as never).findMany({ select: ['key'] } as never)) as Array<{ key: string }>;
  const have = new Set(existing.map((row) => row.key));
  let created = 0;
  for (const site of wanted) {
    if (have.has(site.key)) continue;
    // Through the document service, so the core's rules (valid key, hosts nobody else's) apply to the seed too.
    await documents.create({ data: { languages: ['vi', 'en'], ...site } } as never);
    have.add(site.key);
    created += 1;
  }
  return { created, updated };
}
