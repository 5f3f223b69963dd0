/**
 * No draft reaches the public through a relation, whatever the top-level type. Generated from the
 * content-type schemas (tests/helpers/content-model.ts): every type × every chain of one or two
 * relations (with `localizations`) that reaches a Draft & Publish type × REST and GraphQL ×
 * anonymous and a read-only API token. Each Draft & Publish type gets real drafts first: a
 * never-published copy of a published entry, an unpublished edit of that published entry, and an
 * unpublished edit of its English version, all marked with a text the public must never see.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ADMIN, EDITOR, adminToken, type client, startSeededServer, type SeededServer, type Server } from '../helpers/portal';
import { contentTypes, graphqlField, pathsToDrafts, restPath, textFields, type ContentType, type Hop } from '../helpers/content-model';

const TYPES = contentTypes();
const DRAFT_TYPES = TYPES.filter((t) => t.draftAndPublish && t.kind === 'collectionType');
const PATHS = pathsToDrafts(TYPES, 2);
const CM = (t: ContentType) => `/content-manager/${t.kind === 'singleType' ? 'single-types' : 'collection-types'}/${t.uid}`;
const inVi = (t: ContentType) => (t.localized ? '?locale=vi' : '');

type Entry = { documentId: string; [key: string]: unknown };
type Api = ReturnType<typeof client>;

let seeded: SeededServer;
let server: Server;
let api: Api;
let adminAuth: Record<string, string>;
const callers: Record<string, Record<string, string>> = { anonymous: {} };
const markers = new Map<string, string>(); // draft type uid → the text its drafts carry
const published = new Map<string, Entry>(); // draft type uid → the published entry edited as a draft
const neverPublished = new Map<string, string>(); // draft type uid → documentId of the never-published draft
const anchors = new Map<string, string>(); // `${uid}.${attribute}` → documentId linked to the drafts through it
const entries = new Map<string, Entry[]>(); // uid → published vi entries

const rest = (p: string, h?: Record<string, string>) => api.get(p, h);
const ref = (t: ContentType, documentId: string) => ({ connect: [t.localized ? { documentId, locale: 'vi' } : { documentId }] });
const isOwning = (t: ContentType, attribute: string) => attribute !== 'localizations' && !t.attributes[attribute]!.mappedBy;

async function list(t: ContentType): Promise<Entry[]> {
  if (!entries.has(t.uid)) {
    const sep = t.localized ? '&' : '?';
    const res = await rest(`${restPath(t)}${inVi(t)}${sep}pagination[pageSize]=100&populate=*`);
    assert.equal(res.status, 200, res.text);
    entries.set(t.uid, t.kind === 'singleType' ? [res.json.data] : res.json.data);
  }
  return entries.get(t.uid)!;
}

async function save(t: ContentType, documentId: string | null, data: Record<string, unknown>, locale = 'vi') {
  const q = t.localized ? `?locale=${locale}` : '';
  const res = documentId
    ? await api.request('PUT', `${CM(t)}/${documentId}${q}`, data, adminAuth)
    : await api.request('POST', `${CM(t)}${q}`, data, adminAuth);
  assert.ok([200, 201].includes(res.status), `${t.uid} ${documentId ?? 'create'} ${locale}: ${res.status} ${res.text}`);
  return res.json.data as Entry;
}

const stripIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(stripIds)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => k !== 'id')
            .map(([k, v]) => [k, stripIds(v)]),
        )
      : value;

/** Drafts of one Draft & Publish type, linked to what its published entry is linked to. */
async function makeDrafts(t: ContentType) {
  const byUid = new Map(TYPES.map((x) => [x.uid, x]));
  const rand = crypto.randomBytes(3).toString('hex');
  const marker = `RÒ RỈ NHÁP ${t.singular} ${rand}`;
  markers.set(t.uid, marker);
  const owning = Object.keys(t.attributes).filter((a) => t.attributes[a]!.type === 'relation' && isOwning(t, a));
  const candidates = await list(t);
  const p = candidates.find((e) => owning.every((a) => e[a])) ?? candidates[0];
  assert.ok(p, `no published ${t.uid} to start from`);
  published.set(t.uid, p);

  const links: Record<string, unknown> = {};
  for (const a of owning) {
    const target = byUid.get(t.attributes[a]!.target!)!;
    const linked = (p[a] as Entry | Entry[] | null) ?? null;
    const first = Array.isArray(linked) ? linked[0] : linked;
    const anchor = first?.documentId ?? (await list(target))[0]?.documentId;
    if (!anchor) continue;
    anchors.set(`${t.uid}.${a}`, anchor);
    links[a] = ref(target, anchor);
  }
  const texts = (extra: string) =>
    Object.fromEntries(
      textFields(t).map((f) => [f, t.attributes[f]!.type === 'uid' ? `nhap-${rand}-${extra}-${f.toLowerCase()}` : marker]),
    );
  const copy: Record<string, unknown> = {};
  for (const [name, a] of Object.entries(t.attributes)) {
    if (['relation', 'media'].includes(a.type) || !(name in p)) continue;
    copy[name] = stripIds(p[name]);
  }
  const created = await save(t, null, { ...copy, ...texts('new'), ...links });
  neverPublished.set(t.uid, created.documentId);
  const editTexts = Object.fromEntries(Object.entries(texts('edit')).filter(([f]) => t.attributes[f]!.type !== 'uid'));
  await save(t, p.documentId, { ...editTexts, ...links });
  if (t.localized) await save(t, p.documentId, { ...copy, ...texts('en') }, 'en');
}

/** Non-Draft & Publish types holding the owning side of a relation to a Draft & Publish type. */
async function linkOwners() {
  for (const owner of TYPES.filter((t) => !t.draftAndPublish && t.kind === 'collectionType')) {
    for (const [a, attr] of Object.entries(owner.attributes)) {
      const target = DRAFT_TYPES.find((d) => d.uid === attr.target);
      if (attr.type !== 'relation' || !target || !isOwning(owner, a)) continue;
      const f = (await list(owner))[0];
      if (!f) continue;
      const ids = /Many$/.test(attr.relation ?? '')
        ? [neverPublished.get(target.uid)!, published.get(target.uid)!.documentId]
        : [neverPublished.get(target.uid)!];
      await save(owner, f.documentId, {
        [a]: { connect: ids.map((documentId) => (target.localized ? { documentId, locale: 'vi' } : { documentId })) },
      });
      anchors.set(`${owner.uid}.${a}`, f.documentId);
    }
  }
}

/** The entry of `hop.from` through which `hop` reaches the drafts. */
function anchorOf(hop: Hop): string | undefined {
  if (hop.attribute === 'localizations') return published.get(hop.to.uid)?.documentId;
  const mappedBy = hop.from.attributes[hop.attribute]!.mappedBy;
  return mappedBy ? anchors.get(`${hop.to.uid}.${mappedBy}`) : anchors.get(`${hop.from.uid}.${hop.attribute}`);
}

/** Makes a root entry reach `anchor` through `hop` (for types without drafts, whose saves are public). */
const reached = new Set<string>();
async function reach(hop: Hop, anchor: string) {
  const key = `${hop.from.uid}.${hop.attribute}>${anchor}`;
  if (reached.has(key) || hop.from.draftAndPublish || hop.to.draftAndPublish || hop.attribute === 'localizations') return;
  reached.add(key);
  const others = (await list(hop.from)).filter((e) => e.documentId !== anchor);
  const mappedBy = hop.from.attributes[hop.attribute]!.mappedBy;
  if (mappedBy) {
    const f = others[others.length - 1];
    if (f) await save(hop.to, anchor, { [mappedBy]: ref(hop.from, f.documentId) });
  } else {
    const f = others[0];
    if (f) await save(hop.from, f.documentId, { [hop.attribute]: ref(hop.to, anchor) });
  }
}

/** A filter that keeps the root entries linked to the drafts along the path. */
async function rootFilter(hops: Hop[], k: number): Promise<Record<string, unknown> | undefined> {
  const anchor = anchorOf(hops[k]!);
  if (!anchor) return undefined;
  if (k === 0) return { documentId: { $eq: anchor } };
  await reach(hops[0]!, anchor);
  return { [hops[0]!.attribute]: { documentId: { $eq: anchor } } };
}

const flatten = (value: unknown, prefix: string, out: string[] = []): string[] => {
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}[${k}]`, out);
  else out.push(`${prefix}=${encodeURIComponent(String(value))}`);
  return out;
};

function restUrl(root: ContentType, hops: Hop[], filters?: Record<string, unknown>) {
  const parts = [
    'status=draft',
    ...(root.localized ? ['locale=vi'] : []),
    ...(root.kind === 'collectionType' ? ['pagination[pageSize]=100'] : []),
  ];
  parts.push(`populate${hops.map((h, i) => (i === 0 ? `[${h.attribute}]` : `[populate][${h.attribute}]`)).join('')}=true`);
  if (filters && root.kind === 'collectionType') parts.push(...flatten(filters, 'filters'));
  return `${restPath(root)}?${parts.join('&')}`;
}

const gqlLiteral = (value: unknown): string =>
  value && typeof value === 'object'
    ? `{ ${Object.entries(value)
        .map(([k, v]) => `${k.replace(/^\$/, '')}: ${gqlLiteral(v)}`)
        .join(', ')} }`
    : JSON.stringify(value);

function graphqlQuery(root: ContentType, hops: Hop[], filters?: Record<string, unknown>) {
  const fields = (t: ContentType) => ['documentId', 'publishedAt', ...textFields(t)].join(' ');
  const selection = hops.reduceRight((inner, h) => `${fields(h.from)} ${h.attribute} { ${inner} }`, fields(hops[hops.length - 1]!.to));
  const args = ['status: DRAFT', ...(root.localized ? ['locale: "vi"'] : [])];
  if (root.kind === 'collectionType') args.push('pagination: { pageSize: 5 }', ...(filters ? [`filters: ${gqlLiteral(filters)}`] : []));
  return `{ ${graphqlField(root)}(${args.join(', ')}) { ${selection} } }`;
}

/** Every object in a response with `publishedAt: null` (a draft row), by its place in the response. */
function draftsIn(value: unknown, where = '$', out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => draftsIn(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    if ('publishedAt' in value && (value as { publishedAt: unknown }).publishedAt === null) out.push(where);
    for (const [k, v] of Object.entries(value)) draftsIn(v, `${where}.${k}`, out);
  }
  return out;
}

function assertNoDraft(label: string, status: number, text: string, json: unknown) {
  assert.equal(status, 200, `${label}: ${status} ${text.slice(0, 500)}`);
  assert.deepEqual(draftsIn(json), [], `${label}: draft rows (publishedAt null) in the answer`);
  for (const marker of markers.values()) assert.ok(!text.includes(marker), `${label}: "${marker}" leaked`);
}

const rootEntries = (json: { data?: unknown }, root: ContentType): unknown[] => {
  const data = (json?.data as Record<string, unknown> | undefined) ?? {};
  const value = 'documentId' in data || Array.isArray(data) ? data : data[graphqlField(root)];
  return Array.isArray(value) ? value : value ? [value] : [];
};

before(async () => {
  // The read-only token makes ~100 GraphQL reads in a minute here: its budget is lifted like the
  // anonymous one (partner-feed.test.ts tests the budgets).
  seeded = await startSeededServer({ env: { FEED_RATE_TOKEN_POINTS: '100000000' }, logins: [ADMIN] });
  ({ server, api } = seeded);
  adminAuth = seeded.auth[ADMIN.email]!;
  const token = await api.request(
    'POST',
    '/admin/api-tokens',
    { name: 'partner', description: 'read-only partner', type: 'read-only', lifespan: null },
    adminAuth,
  );
  assert.equal(token.status, 201, token.text);
  callers['read-only token'] = { authorization: `Bearer ${token.json.data.accessKey}` };
  for (const t of DRAFT_TYPES) await makeDrafts(t);
  await linkOwners();
});

after(async () => {
  await seeded?.stop();
});

describe(`drafts never reach the public through relations (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  test('the schema has chains of relations to drafts, from types with and without drafts', () => {
    assert.ok(
      PATHS.some((p) => !p.root.draftAndPublish && p.hops.length === 1),
      'a type without drafts relates to one with drafts',
    );
    assert.ok(
      PATHS.some((p) => p.hops.length === 2 && p.firstDraftHop === 1),
      'a second-level relation reaches drafts',
    );
  });

  for (const { root, hops, firstDraftHop } of PATHS) {
    const name = `${root.plural}.${hops.map((h) => h.attribute).join('.')}`;
    for (const [who, auth] of Object.entries({ anonymous: 'anonymous', 'read-only token': 'read-only token' })) {
      test(`${name} over REST and GraphQL, ${who}`, async () => {
        const headers = callers[auth]!;
        const filters = await rootFilter(hops, firstDraftHop);
        const url = restUrl(root, hops, filters);
        const res = await rest(url, headers);
        assertNoDraft(`REST ${url}`, res.status, res.text, res.json);
        assert.ok(rootEntries(res.json, root).length > 0, `REST ${url}: the entry linked to the drafts is listed`);

        const query = graphqlQuery(root, hops, filters);
        const gql = await api.graphql(query, undefined, headers);
        assertNoDraft(`GraphQL ${query}`, gql.status, gql.text, gql.json);
        assert.equal(gql.json.errors, undefined, `GraphQL ${query}: ${gql.text.slice(0, 300)}`);
        assert.ok(rootEntries(gql.json, root).length > 0, `GraphQL ${query}: the entry linked to the drafts is listed`);

        // Filtering through the relation on a draft's text matches nothing.
        const draftType = hops[firstDraftHop]!.to;
        const field = textFields(draftType).find((f) => draftType.attributes[f]!.type !== 'uid');
        if (!field || root.kind !== 'collectionType') return;
        const probe = hops
          .slice(0, firstDraftHop + 1)
          .reduceRight<Record<string, unknown>>((inner, h) => ({ [h.attribute]: inner }), { [field]: { $eq: markers.get(draftType.uid) } });
        const probed = await rest(restUrl(root, hops.slice(0, 1), probe), headers);
        assert.equal(probed.status, 200, probed.text);
        assert.deepEqual(rootEntries(probed.json, root), [], `REST filter through ${name} on a draft's ${field} matched`);
        const gqlProbe = await api.graphql(graphqlQuery(root, hops.slice(0, 1), probe), undefined, headers);
        assert.equal(gqlProbe.status, 200, gqlProbe.text);
        assert.deepEqual(rootEntries(gqlProbe.json, root), [], `GraphQL filter through ${name} on a draft's ${field} matched`);
      });
    }
  }

  test('editors still see the drafts in the admin', async () => {
    const editor = { authorization: `Bearer ${await adminToken(server.url, EDITOR)}` };
    for (const t of DRAFT_TYPES) {
      const field = textFields(t).find((f) => t.attributes[f]!.type !== 'uid')!;
      const draft = await api.get(`${CM(t)}/${neverPublished.get(t.uid)}${inVi(t)}`, editor);
      assert.equal(draft.status, 200, draft.text);
      assert.equal(draft.json.data[field], markers.get(t.uid));
      const edited = await api.get(`${CM(t)}/${published.get(t.uid)!.documentId}${inVi(t)}`, editor);
      assert.equal(edited.json.data[field], markers.get(t.uid), `${t.uid}: the unpublished edit is what the editor works on`);
    }
  });
});
