/**
 * Comment moderation: the list with each comment's article, a status filter, approve / reject /
 * spam / delete per comment or for a selection, and the number of comments awaiting moderation.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Badge, Box, Button, Checkbox, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../translations';

type Status = 'pending' | 'approved' | 'rejected' | 'spam';
type Action = 'approve' | 'reject' | 'spam' | 'delete';

interface Comment {
  id: number;
  article: string;
  locale: string;
  articleTitle: string | null;
  parentId: number | null;
  authorName: string;
  email: string | null;
  text: string;
  status: Status;
  reportCount: number;
  createdAt: string;
}

interface ListResponse {
  data: Comment[];
  meta: { pagination: { page: number; pageCount: number; total: number } };
}

const FILTERS: Array<Status | ''> = ['pending', 'approved', 'rejected', 'spam', ''];
const ACTIONS: Action[] = ['approve', 'reject', 'spam', 'delete'];
const BADGE: Record<Status, 'success' | 'warning' | 'danger' | 'neutral'> = {
  approved: 'success',
  pending: 'warning',
  spam: 'danger',
  rejected: 'neutral',
};
const PAGE_SIZE = 20;

const ModerationPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const t = React.useCallback(
    (id: string, values?: Record<string, string | number>) => formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage: id }, values),
    [formatMessage],
  );
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = React.useState<Status | ''>('pending');
  const [page, setPage] = React.useState(1);
  const [list, setList] = React.useState<ListResponse | null>(null);
  const [counts, setCounts] = React.useState<Record<Status, number>>({ pending: 0, approved: 0, rejected: 0, spam: 0 });
  const [selected, setSelected] = React.useState<number[]>([]);
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(async () => {
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...(status ? { status } : {}) });
    const [{ data: listData }, { data: countData }] = await Promise.all([
      get<ListResponse>(`/${PLUGIN_ID}/comments?${query}`),
      get<{ data: Record<Status, number> }>(`/${PLUGIN_ID}/comments/counts`),
    ]);
    setList(listData);
    setCounts(countData.data);
    setSelected([]);
  }, [get, page, status]);

  React.useEffect(() => {
    load().catch(() => toggleNotification({ type: 'danger', message: t('error') }));
  }, [load, t, toggleNotification]);

  async function act(action: Action, ids: number[]) {
    if (!ids.length) return;
    if (action === 'delete' && !window.confirm(t('confirm.delete', { count: ids.length }))) return;
    setBusy(true);
    try {
      const { data } = await post<{ data: { changed: number } }>(`/${PLUGIN_ID}/comments/${action}`, { ids });
      toggleNotification({ type: 'success', message: t('done', { count: data.data.changed }) });
      await load();
    } catch {
      toggleNotification({ type: 'danger', message: t('error') });
    } finally {
      setBusy(false);
    }
  }

  const rows = list?.data ?? [];
  const allChecked = rows.length > 0 && selected.length === rows.length;
  const pagination = list?.meta.pagination;

  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header title={t('title')} subtitle={t('subtitle', { pending: counts.pending })} />
      <Layouts.Content>
        <Flex gap={2} marginBottom={4} wrap="wrap" role="group" aria-label={t('filter.status')}>
          {FILTERS.map((f) => (
            <Button
              key={f || 'all'}
              variant={status === f ? 'default' : 'tertiary'}
              aria-pressed={status === f}
              onClick={() => {
                setStatus(f);
                setPage(1);
              }}
            >
              {t(`status.${f || 'all'}`)}
              {f ? ` (${counts[f]})` : ''}
            </Button>
          ))}
        </Flex>
        <Flex gap={2} marginBottom={4} alignItems="center">
          <Typography variant="omega">{t('bulk.selected', { count: selected.length })}</Typography>
          {ACTIONS.map((a) => (
            <Button
              key={a}
              size="S"
              variant={a === 'delete' ? 'danger-light' : 'secondary'}
              disabled={!selected.length || busy}
              onClick={() => act(a, selected)}
            >
              {t(`action.${a}`)}
            </Button>
          ))}
        </Flex>
        <Table colCount={8} rowCount={rows.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Checkbox
                  aria-label={t('select.all')}
                  checked={allChecked ? true : selected.length ? 'indeterminate' : false}
                  onCheckedChange={(v: boolean | 'indeterminate') => setSelected(v === true ? rows.map((r) => r.id) : [])}
                />
              </Th>
              {['comment', 'author', 'article', 'status', 'reports', 'date', 'actions'].map((c) => (
                <Th key={c}>
                  <Typography variant="sigma">{t(`col.${c}`)}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((c) => (
              <Tr key={c.id}>
                <Td>
                  <Checkbox
                    aria-label={t('select.one', { id: c.id })}
                    checked={selected.includes(c.id)}
                    onCheckedChange={(v: boolean | 'indeterminate') =>
                      setSelected((s) => (v === true ? [...s, c.id] : s.filter((x) => x !== c.id)))
                    }
                  />
                </Td>
                <Td style={{ maxWidth: 360, whiteSpace: 'normal' }}>
                  {c.parentId ? (
                    <Typography variant="pi" textColor="neutral600">
                      {t('reply.to', { id: c.parentId })} ·{' '}
                    </Typography>
                  ) : null}
                  <Typography style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{c.text}</Typography>
                </Td>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography>{c.authorName}</Typography>
                  {c.email ? (
                    <Typography variant="pi" textColor="neutral600" tag="div">
                      {c.email}
                    </Typography>
                  ) : null}
                </Td>
                <Td style={{ maxWidth: 240, whiteSpace: 'normal' }}>
                  <Typography>{c.articleTitle ?? t('article.unknown')}</Typography>
                  <Typography variant="pi" textColor="neutral600" tag="div">
                    {c.locale.toUpperCase()}
                  </Typography>
                </Td>
                <Td>
                  <Badge variant={BADGE[c.status]}>{t(`status.${c.status}`)}</Badge>
                </Td>
                <Td>
                  <Typography>{c.reportCount}</Typography>
                </Td>
                <Td>
                  <Typography>{formatDate(c.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</Typography>
                </Td>
                <Td>
                  <Flex gap={1} wrap="wrap">
                    {ACTIONS.filter(
                      (a) => a === 'delete' || `${a === 'approve' ? 'approved' : a === 'reject' ? 'rejected' : 'spam'}` !== c.status,
                    ).map((a) => (
                      <Button
                        key={a}
                        size="S"
                        variant={a === 'delete' ? 'danger-light' : a === 'approve' ? 'success-light' : 'tertiary'}
                        disabled={busy}
                        onClick={() => act(a, [c.id])}
                      >
                        {t(`action.${a}`)}
                        <VisuallyHidden> #{c.id}</VisuallyHidden>
                      </Button>
                    ))}
                  </Flex>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
        {rows.length === 0 ? (
          <Box padding={6}>
            <Typography>{t('empty')}</Typography>
          </Box>
        ) : null}
        {pagination && pagination.pageCount > 1 ? (
          <Flex gap={2} marginTop={4} justifyContent="flex-end" alignItems="center">
            <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('page.prev')}
            </Button>
            <Typography>{t('page.of', { page: pagination.page, pageCount: pagination.pageCount })}</Typography>
            <Button variant="tertiary" disabled={page >= pagination.pageCount} onClick={() => setPage(page + 1)}>
              {t('page.next')}
            </Button>
          </Flex>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};

export default ModerationPage;
