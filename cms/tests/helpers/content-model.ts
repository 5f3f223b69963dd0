/**
 * The portal's content model as the tests see it, read from the schema files (cms/src/api/<x>/
 * content-types/<x>/schema.json): a type added later is covered by every test built on this without
 * editing the test. i18n adds a `localizations` relation (to the type itself) to each localized type.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from './portal';

export interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  inversedBy?: string;
  unique?: boolean;
  private?: boolean;
  component?: string;
}

export interface ContentType {
  uid: string;
  kind: 'collectionType' | 'singleType';
  /** The type's table. */
  collectionName: string;
  singular: string;
  plural: string;
  draftAndPublish: boolean;
  localized: boolean;
  attributes: Record<string, Attribute>;
}

const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(name).replace(/^./, (c) => c.toUpperCase());

export function contentTypes(): ContentType[] {
  const apiDir = path.join(CMS_DIR, 'src', 'api');
  const types: ContentType[] = [];
  for (const api of fs.readdirSync(apiDir).sort()) {
    const ctDir = path.join(apiDir, api, 'content-types');
    if (!fs.existsSync(ctDir)) continue;
    for (const name of fs.readdirSync(ctDir).sort()) {
      const file = path.join(ctDir, name, 'schema.json');
      if (!fs.existsSync(file)) continue;
      const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
      const localized = schema.pluginOptions?.i18n?.localized === true;
      const uid = `api::${api}.${schema.info.singularName}`;
      const attributes: Record<string, Attribute> = { ...schema.attributes };
      if (localized) attributes.localizations = { type: 'relation', relation: 'oneToMany', target: uid };
      types.push({
        uid,
        kind: schema.kind,
        collectionName: schema.collectionName,
        singular: schema.info.singularName,
        plural: schema.info.pluralName,
        draftAndPublish: schema.options?.draftAndPublish === true,
        localized,
        attributes,
      });
    }
  }
  return types;
}

/** REST path and GraphQL root field of a type. */
export const restPath = (t: ContentType) => `/api/${t.kind === 'singleType' ? t.singular : t.plural}`;
export const graphqlField = (t: ContentType) => camel(t.kind === 'singleType' ? t.singular : t.plural);
export const graphqlFilterType = (t: ContentType) => `${pascal(t.singular)}FiltersInput`;

/** Text fields a person would read (and a leak would show): string, text, uid. */
export const textFields = (t: ContentType) =>
  Object.entries(t.attributes)
    .filter(([, a]) => ['string', 'text', 'uid'].includes(a.type) && !a.private)
    .map(([name]) => name);

export interface Hop {
  from: ContentType;
  attribute: string;
  to: ContentType;
  toMany: boolean;
}

export const relationsOf = (t: ContentType, byUid: Map<string, ContentType>): Hop[] =>
  Object.entries(t.attributes).flatMap(([attribute, a]) => {
    const to = a.type === 'relation' && a.target ? byUid.get(a.target) : undefined;
    return to ? [{ from: t, attribute, to, toMany: /Many$/.test(a.relation ?? '') }] : [];
  });

/**
 * Every chain of relations of 1..maxDepth hops from each type that reaches a Draft & Publish type,
 * with the index of the first hop that does.
 */
export function pathsToDrafts(types: ContentType[], maxDepth = 2): Array<{ root: ContentType; hops: Hop[]; firstDraftHop: number }> {
  const byUid = new Map(types.map((t) => [t.uid, t]));
  const out: Array<{ root: ContentType; hops: Hop[]; firstDraftHop: number }> = [];
  const walk = (root: ContentType, hops: Hop[]) => {
    const firstDraftHop = hops.findIndex((h) => h.to.draftAndPublish);
    if (hops.length > 0 && firstDraftHop >= 0) out.push({ root, hops, firstDraftHop });
    if (hops.length === maxDepth) return;
    const at = hops.length ? hops[hops.length - 1]!.to : root;
    for (const hop of relationsOf(at, byUid)) walk(root, [...hops, hop]);
  };
  for (const t of types) walk(t, []);
  return out;
}
