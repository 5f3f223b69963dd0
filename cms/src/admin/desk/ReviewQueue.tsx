import * as React from 'react';
import { Link } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Badge, Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { errorMessage, useText } from '../intl';
import { ARTICLE, deskDate } from './messages';

/**
 * Drafts reporters marked ready for review, oldest first, for editors: a menu page ("Bài chờ duyệt",
 * its count in the title) and a widget on the admin home. Each title opens the draft's edit view,
 * where the editor publishes it or sends it back with a note.
 */
type Waiting = {
  documentId: string;
  locale: string;
  title: string;
  author: string | null;
  updatedAt: string | null;
  scheduledPublishAt: string | null;
  changedSinceReady: boolean;
};

function useQueue() {
  const { get } = useFetchClient();
  const [queue, setQueue] = React.useState<{ items: Waiting[]; error?: string } | null>(null);
  React.useEffect(() => {
    let live = true;
    get<{ data: Waiting[] }>('/admin/portal-desk/review-queue')
      .then((res) => live && setQueue({ items: res.data.data }))
      .catch((e) => live && setQueue({ items: [], error: errorMessage(e) }));
    return () => {
      live = false;
    };
  }, [get]);
  return queue;
}

const editUrl = (item: Waiting) => `/content-manager/collection-types/${ARTICLE}/${item.documentId}?plugins[i18n][locale]=${item.locale}`;

function QueueTable({ items, compact = false }: { items: Waiting[]; compact?: boolean }) {
  const t = useText('portal-desk');
  if (items.length === 0) return <Typography textColor="neutral600">{t('queue.empty', 'No draft is waiting for review.')}</Typography>;
  return (
    <Table colCount={compact ? 2 : 4} rowCount={items.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('queue.article', 'Article')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('queue.author', 'Reporter')}</Typography>
          </Th>
          {!compact && (
            <Th>
              <Typography variant="sigma">{t('queue.locale', 'Language')}</Typography>
            </Th>
          )}
          {!compact && (
            <Th>
              <Typography variant="sigma">{t('queue.updated', 'Last edited')}</Typography>
            </Th>
          )}
        </Tr>
      </Thead>
      <Tbody>
        {items.map((item) => (
          <Tr key={`${item.documentId}:${item.locale}`}>
            <Td>
              <Link to={editUrl(item)}>{item.title || item.documentId}</Link>
              {item.changedSinceReady && <Badge marginLeft={2}>{t('queue.changed', 'Edited since marked ready')}</Badge>}
            </Td>
            <Td>
              <Typography>{item.author ?? '—'}</Typography>
            </Td>
            {!compact && (
              <Td>
                <Typography>{item.locale}</Typography>
              </Td>
            )}
            {!compact && (
              <Td>
                <Typography>{item.updatedAt ? deskDate(item.updatedAt) : '—'}</Typography>
              </Td>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

export function ReviewQueuePage() {
  const t = useText('portal-desk');
  const queue = useQueue();
  const title = t('queue.title', 'Waiting for review ({count})', { count: queue?.items.length ?? '…' });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={t('queue.subtitle', 'Drafts reporters marked ready, the longest waiting first')} />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
          {queue?.error ? <Typography textColor="danger600">{queue.error}</Typography> : queue ? <QueueTable items={queue.items} /> : null}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}

export function ReviewQueueWidget() {
  const t = useText('portal-desk');
  const queue = useQueue();
  if (!queue) return null;
  if (queue.error) return <Typography textColor="danger600">{queue.error}</Typography>;
  return (
    <Box>
      <Typography tag="p" variant="delta">
        {t('queue.title', 'Waiting for review ({count})', { count: queue.items.length })}
      </Typography>
      <QueueTable items={queue.items.slice(0, 5)} compact />
    </Box>
  );
}
