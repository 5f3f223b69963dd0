import { useState, type FormEvent } from 'react';
import { Page, Layouts, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Dialog, Field, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { saveDownload } from '../download';
import { errorMessage, useText } from '../intl';

type Row = Record<string, unknown>;
type Found = { email: string; found: Record<string, Row[]> };

/**
 * Dữ liệu cá nhân: the IT team's tool for a person's request under Law 91/2025 (Super Admins; the server
 * refuses anyone else). Find everything stored about one e-mail address, hand it over as JSON or CSV, and
 * erase it after a confirmation. Every use is an entry of the audit trail, with the address masked
 * (routes in src/bootstrap/personal-data.ts).
 */
export function PersonalDataPage() {
  const t = useText('personal-data');
  const { get, post } = useFetchClient();
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<Found | null>(null);
  const [erased, setErased] = useState<Record<string, number> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const kindLabel = (kind: string) => t(`kind.${kind}`, kind);
  const total = answer ? Object.values(answer.found).reduce((n, rows) => n + rows.length, 0) : 0;

  const find = async (event?: FormEvent) => {
    event?.preventDefault();
    setErased(null);
    try {
      const res = await get<{ data: Found }>('/admin/personal-data', { params: { email } });
      setAnswer(res.data.data);
      setError(null);
    } catch (e) {
      setAnswer(null);
      setError(errorMessage(e));
    }
  };

  const download = async (format: 'json' | 'csv') => {
    try {
      const res = await get<Blob>('/admin/personal-data/export', { params: { email: answer!.email, format }, responseType: 'blob' });
      saveDownload(res.data, `du-lieu-ca-nhan.${format}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const erase = async () => {
    setConfirming(false);
    try {
      const res = await post<{ data: { erased: Record<string, number> } }>('/admin/personal-data/erase', { email: answer!.email });
      const counts = res.data.data.erased;
      await find();
      setErased(counts);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('title', 'Personal data')}</Page.Title>
      <Layouts.Header
        title={t('title', 'Personal data')}
        subtitle={t(
          'subtitle',
          'Find, export and erase what the portal stores about one person, by e-mail (Law 91/2025). Each use is recorded in the audit trail.',
        )}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
            <form onSubmit={find} aria-label={t('find', 'Find')}>
              <Flex gap={3} alignItems="flex-end" wrap="wrap">
                <Field.Root name="email" required>
                  <Field.Label>{t('email', 'E-mail of the person asking')}</Field.Label>
                  <Field.Input type="email" value={email} onChange={(e: { target: { value: string } }) => setEmail(e.target.value)} />
                </Field.Root>
                <Button type="submit">{t('find', 'Find')}</Button>
              </Flex>
            </form>
          </Box>
          {error ? (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          ) : null}
          {erased ? (
            <Typography textColor="success600" role="status">
              {t('erased', 'Erased: {list}.', {
                list: Object.entries(erased)
                  .map(([kind, n]) => `${kindLabel(kind)} ${n}`)
                  .join(', '),
              })}
            </Typography>
          ) : null}
          {answer ? (
            <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography variant="delta" tag="h2">
                  {t('result', '{email}: {total} records', { email: answer.email, total })}
                </Typography>
                {Object.entries(answer.found).map(([kind, rows]) => (
                  <Box key={kind} data-kind={kind}>
                    <Typography variant="epsilon" tag="h3">
                      {t('kindCount', '{kind}: {n}', { kind: kindLabel(kind), n: rows.length })}
                    </Typography>
                    {rows.length ? (
                      <Table colCount={Object.keys(rows[0]!).length} rowCount={rows.length + 1}>
                        <Thead>
                          <Tr>
                            {Object.keys(rows[0]!).map((field) => (
                              <Th key={field}>{t(`field.${field}`, field)}</Th>
                            ))}
                          </Tr>
                        </Thead>
                        <Tbody>
                          {rows.map((row, i) => (
                            <Tr key={String(row.id ?? i)}>
                              {Object.keys(rows[0]!).map((field) => (
                                <Td key={field}>{row[field] === null || row[field] === undefined ? '—' : String(row[field])}</Td>
                              ))}
                            </Tr>
                          ))}
                        </Tbody>
                      </Table>
                    ) : null}
                  </Box>
                ))}
                <Flex gap={2} wrap="wrap">
                  <Button variant="secondary" onClick={() => download('json')}>
                    {t('export.json', 'Export JSON')}
                  </Button>
                  <Button variant="secondary" onClick={() => download('csv')}>
                    {t('export.csv', 'Export CSV')}
                  </Button>
                  <Button variant="danger-light" disabled={total === 0} onClick={() => setConfirming(true)}>
                    {t('erase', 'Erase this person’s data')}
                  </Button>
                </Flex>
              </Flex>
            </Box>
          ) : null}
        </Flex>
        <Dialog.Root open={confirming} onOpenChange={setConfirming}>
          <Dialog.Content>
            <Dialog.Header>{t('confirm.title', 'Erase personal data?')}</Dialog.Header>
            <Dialog.Body>
              <Typography>
                {t(
                  'confirm.body',
                  'The name and e-mail of {email} are removed from {total} records. Comments stay, without who wrote them. This cannot be undone.',
                  { email: answer?.email ?? '', total },
                )}
              </Typography>
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.Cancel>
                <Button variant="tertiary">{t('confirm.cancel', 'Cancel')}</Button>
              </Dialog.Cancel>
              <Dialog.Action>
                <Button variant="danger" onClick={erase}>
                  {t('confirm.erase', 'Erase')}
                </Button>
              </Dialog.Action>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Root>
      </Layouts.Content>
    </Page.Main>
  );
}
