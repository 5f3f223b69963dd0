import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Page, Layouts, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { AuditRow } from '../../utils/audit-csv';
import { saveDownload } from '../download';
import { errorMessage, useText } from '../intl';

type Answer = {
  results: AuditRow[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
  facets: { actors: { id: number; name: string }[]; types: string[]; typeNames?: Record<string, string>; actions: string[] };
  retentionDays: number;
};
type Filters = Partial<Record<'q' | 'actor' | 'action' | 'type' | 'locale' | 'from' | 'to' | 'document', string>>;

const fieldStyle = { padding: '6px 8px', border: '1px solid #dcdce4', borderRadius: 4, minWidth: 150, font: 'inherit' };

/**
 * Nhật ký thao tác: the audit trail for Editors and Super Admins (permission `api::audit-trail.read`),
 * filtered by title, who, action, type, locale and dates, and exported as CSV with the same filters.
 */
export function AuditTrailPage() {
  const { formatMessage, formatDate } = useIntl();
  const t = useText('audit');
  const { get } = useFetchClient();
  const [draft, setDraft] = useState<Filters>({});
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);

  const params = (f: Filters) => Object.fromEntries(Object.entries(f).filter(([, v]) => v));

  useEffect(() => {
    let live = true;
    get<Answer>('/admin/audit-trail/entries', { params: { ...params(filters), page, pageSize: 50 } })
      .then((res) => live && (setAnswer(res.data), setError(null)))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [get, filters, page]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setFilters({ ...draft });
  };
  const exportCsv = async () => {
    const res = await get<Blob>('/admin/audit-trail/export', { params: params(filters), responseType: 'blob' });
    saveDownload(res.data, `nhat-ky-thao-tac-${new Date().toISOString().slice(0, 10)}.csv`);
  };
  const actionLabel = (a: string) => t(`action.${a}`, a);
  // The desk's hand-off is a save of the draft with its review state: named as the desk names it.
  const rowActionLabel = (r: AuditRow) => {
    const review = r.action === 'update' ? r.details?.reviewStatus : undefined;
    return typeof review === 'string' ? t(`action.review.${review}`, actionLabel(r.action)) : actionLabel(r.action);
  };
  // Content types by their display name, translated like the content manager's menu (TYPE_NAMES).
  const typeLabel = (uid: string | null) => {
    if (!uid) return '—';
    const name = answer?.facets.typeNames?.[uid];
    return name ? formatMessage({ id: name, defaultMessage: name }) : uid;
  };
  const input = (name: keyof Filters, label: string, type = 'text') => (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <Typography variant="pi" fontWeight="bold">
        {label}
      </Typography>
      <input
        name={name}
        type={type}
        value={draft[name] ?? ''}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        style={fieldStyle}
      />
    </label>
  );
  const select = (name: keyof Filters, label: string, options: { value: string; label: string }[]) => (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <Typography variant="pi" fontWeight="bold">
        {label}
      </Typography>
      <select name={name} value={draft[name] ?? ''} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} style={fieldStyle}>
        <option value="">{t('filter.all', 'All')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  const facets = answer?.facets;
  return (
    <Page.Main>
      <Page.Title>{t('title', 'Audit trail')}</Page.Title>
      <Layouts.Header
        title={t('title', 'Audit trail')}
        subtitle={t(
          'subtitle',
          'Who did what, to which content, in which locale, and when. Entries cannot be edited or deleted; kept for {days} days.',
          { days: answer?.retentionDays ?? '…' },
        )}
        primaryAction={
          <Button variant="secondary" onClick={exportCsv}>
            {t('export', 'Export CSV')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
            <form onSubmit={apply} aria-label={t('filter.apply', 'Filter')}>
              <Flex gap={3} wrap="wrap" alignItems="flex-end">
                {input('q', t('filter.q', 'Title contains'))}
                {select(
                  'actor',
                  t('filter.actor', 'Who'),
                  (facets?.actors ?? []).map((a) => ({ value: String(a.id), label: a.name })),
                )}
                {select(
                  'action',
                  t('filter.action', 'Action'),
                  (facets?.actions ?? []).map((a) => ({ value: a, label: actionLabel(a) })),
                )}
                {select(
                  'type',
                  t('filter.type', 'Content type'),
                  (facets?.types ?? []).map((v) => ({ value: v, label: typeLabel(v) })),
                )}
                {select('locale', t('filter.locale', 'Locale'), [
                  { value: 'vi', label: 'Tiếng Việt (vi)' },
                  { value: 'en', label: 'English (en)' },
                ])}
                {input('from', t('filter.from', 'From'), 'date')}
                {input('to', t('filter.to', 'To'), 'date')}
                <Button type="submit">{t('filter.apply', 'Filter')}</Button>
                <Button
                  variant="tertiary"
                  onClick={() => {
                    setDraft({});
                    setFilters({});
                    setPage(1);
                  }}
                >
                  {t('filter.reset', 'Clear filters')}
                </Button>
              </Flex>
            </form>
          </Box>
          {error ? (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          ) : null}
          {answer ? (
            <Box background="neutral0" shadow="tableShadow" hasRadius>
              <Table colCount={6} rowCount={answer.results.length + 1}>
                <Thead>
                  <Tr>
                    <Th>{t('col.when', 'When')}</Th>
                    <Th>{t('col.who', 'Who')}</Th>
                    <Th>{t('col.action', 'Action')}</Th>
                    <Th>{t('col.type', 'Type')}</Th>
                    <Th>{t('col.what', 'What')}</Th>
                    <Th>{t('col.locale', 'Locale')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {answer.results.map((r) => (
                    <Tr key={r.id} data-action={r.action}>
                      <Td>
                        <time dateTime={r.occurredAt}>{formatDate(r.occurredAt, { dateStyle: 'short', timeStyle: 'medium' })}</time>
                      </Td>
                      <Td>{r.actorName ?? t('system', 'System')}</Td>
                      <Td>{rowActionLabel(r)}</Td>
                      <Td>{typeLabel(r.subjectType)}</Td>
                      <Td>
                        {r.title ?? r.documentId ?? '—'}
                        {r.details?.from || r.details?.to ? ` (${String(r.details.from ?? '')} → ${String(r.details.to ?? '')})` : ''}
                      </Td>
                      <Td>{r.locale ?? '—'}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              {answer.results.length === 0 ? (
                <Box padding={4}>
                  <Typography>{t('empty', 'No entry matches the filters.')}</Typography>
                </Box>
              ) : null}
              <Flex padding={4} gap={3} justifyContent="space-between">
                <Typography variant="pi">{t('total', '{total} entries', { total: answer.pagination.total })}</Typography>
                <Flex gap={2}>
                  <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    {t('prev', 'Previous page')}
                  </Button>
                  <Typography variant="pi">
                    {t('page', 'Page {page}/{pageCount}', { page, pageCount: Math.max(1, answer.pagination.pageCount) })}
                  </Typography>
                  <Button variant="tertiary" disabled={page >= answer.pagination.pageCount} onClick={() => setPage(page + 1)}>
                    {t('next', 'Next page')}
                  </Button>
                </Flex>
              </Flex>
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
