import * as React from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient } from '@strapi/strapi/admin';
import { Flex, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';

type PersonAt = { name: string; at: string } | null;
type People = { createdBy: PersonAt; updatedBy: PersonAt; publishedBy: PersonAt };

/** Who created, last edited and published documents (GET /admin/audit-trail/people/:uid, bootstrap/audit-trail.ts). */
function usePeople(uid: string, documentIds: string[], locale?: string, version = ''): Record<string, People> {
  const { get } = useFetchClient();
  const [people, setPeople] = React.useState<Record<string, People>>({});
  const key = documentIds.join(',');
  React.useEffect(() => {
    if (!uid.startsWith('api::') || !key) return;
    let live = true;
    get<{ data: Record<string, People> }>(`/admin/audit-trail/people/${uid}`, {
      params: { documentIds: key, ...(locale ? { locale } : {}) },
    })
      .then((res) => live && setPeople(res.data.data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [get, uid, key, locale, version]);
  return people;
}

const useLocaleParam = () => new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? undefined;

function PeopleList({ people }: { people: People | undefined }) {
  const { formatMessage, formatDate } = useIntl();
  const line = (id: 'createdBy' | 'updatedBy' | 'publishedBy', label: string) => {
    const p = people?.[id];
    return (
      <Flex direction="column" alignItems="flex-start" gap={0} data-people={id}>
        <Typography variant="sigma" textColor="neutral600">
          {formatMessage({ id: `audit.panel.${id}`, defaultMessage: label })}
        </Typography>
        <Typography variant="omega">
          {p
            ? `${p.name} · ${formatDate(p.at, { dateStyle: 'short', timeStyle: 'short' })}`
            : formatMessage({ id: 'audit.panel.none', defaultMessage: 'Not yet' })}
        </Typography>
      </Flex>
    );
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {line('createdBy', 'Created by')}
      {line('updatedBy', 'Last edited by')}
      {line('publishedBy', 'Published by')}
    </Flex>
  );
}

/** Edit view side panel: "Người tạo / Sửa lần cuối / Người xuất bản" of the open document and locale. */
export const PeoplePanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const localeParam = useLocaleParam();
  const locale = (document?.locale as string | undefined) ?? localeParam;
  // Asked again whenever the document changes (saved, published, unpublished).
  const version = `${String(document?.updatedAt ?? '')}|${String(document?.publishedAt ?? '')}|${String(document?.status ?? '')}`;
  const people = usePeople(model, documentId ? [documentId] : [], locale, version);
  if (!documentId || !model.startsWith('api::')) return null;
  return {
    title: formatMessage({ id: 'audit.panel.title', defaultMessage: 'People' }),
    content: <PeopleList people={people[documentId]} />,
  };
};

/* The list view's author column: one request per page of rows, shared by the cells. */
type Batch = { uid: string; locale?: string; ids: Set<string>; waiting: ((p: Record<string, People>) => void)[] };
let batch: Batch | null = null;

function AuthorCell({ uid, documentId }: { uid: string; documentId: string }) {
  const { get } = useFetchClient();
  const locale = useLocaleParam();
  const [name, setName] = React.useState<string | null>(null);
  React.useEffect(() => {
    let live = true;
    if (!batch || batch.uid !== uid || batch.locale !== locale) {
      const current: Batch = { uid, locale, ids: new Set(), waiting: [] };
      batch = current;
      setTimeout(() => {
        if (batch === current) batch = null;
        get<{ data: Record<string, People> }>(`/admin/audit-trail/people/${uid}`, {
          params: { documentIds: [...current.ids].join(','), ...(locale ? { locale } : {}) },
        })
          .then((res) => current.waiting.forEach((w) => w(res.data.data)))
          .catch(() => undefined);
      }, 30);
    }
    batch.ids.add(documentId);
    batch.waiting.push((p) => live && setName(p[documentId]?.createdBy?.name ?? null));
    return () => {
      live = false;
    };
  }, [get, uid, documentId, locale]);
  return <Typography textColor="neutral800">{name ?? '—'}</Typography>;
}

type Header = {
  name: string;
  label: string | { id: string; defaultMessage: string };
  attribute?: unknown;
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?: (row: Record<string, unknown>, header: unknown, meta: { model: string }) => React.ReactNode;
};

/** Content manager hook 'Admin/CM/pages/ListView/inject-column-in-table': an author column on article lists. */
export function injectAuthorColumn({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: unknown }) {
  const model = (window.location.pathname.match(/collection-types\/([^/?]+)/) ?? [])[1];
  if (!model || !decodeURIComponent(model).startsWith('api::')) return { displayedHeaders, layout };
  const uid = decodeURIComponent(model);
  return {
    layout,
    displayedHeaders: [
      ...displayedHeaders,
      {
        name: 'portal_author',
        label: { id: 'audit.column.author', defaultMessage: 'Author' },
        attribute: { type: 'string' },
        searchable: false,
        sortable: false,
        cellFormatter: (row: Record<string, unknown>, _header: unknown, meta: { model: string }) => (
          <AuthorCell uid={meta.model ?? uid} documentId={String(row.documentId)} />
        ),
      },
    ],
  };
}
