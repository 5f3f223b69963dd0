import { useState, type FormEvent } from 'react';
import { Page, Layouts, useFetchClient } from '@strapi/strapi/admin';
import { Alert, Box, Button, Field, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useText } from '../intl';

type RowError = { row: number; message: string; code?: string; values?: Record<string, string | number> };
type Refusal = {
  message?: string;
  details?: { code?: string; values?: Record<string, number>; errors?: RowError[]; errorCount?: number };
};
type Outcome =
  | { kind: 'done'; rows: number; created: number; updated: number }
  | { kind: 'failed'; message: string; errors: RowError[]; errorCount: number };

const COLUMNS =
  'period, unit, received, carriedOver, resolvedEarly, resolvedOnTime, resolvedLate, inProgress, overdue, submittedOnline, returnedByPost, asOf, source';

/**
 * Thống kê hồ sơ → Nhập số liệu: upload a CSV or JSON file of dossier-processing figures. The server
 * validates every row; a file with any bad row imports nothing and the errors are listed by row number.
 */
export function DossierImport() {
  const t = useText('dossier-import');
  const { post } = useFetchClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    const body = new FormData();
    body.append('file', file);
    try {
      const res = await post<{ data: { rows: number; created: number; updated: number } }>('/admin/dossier-import', body);
      setOutcome({ kind: 'done', ...res.data.data });
    } catch (error: unknown) {
      const data = (error as { response?: { data?: { error?: Refusal } } }).response?.data?.error;
      const code = data?.details?.code;
      setOutcome({
        kind: 'failed',
        // The server's reason in the admin's language when it gave one we know, else its own words.
        message: code ? t(`refused.${code}`, data?.message ?? code, data?.details?.values) : (data?.message ?? String(error)),
        errors: data?.details?.errors ?? [],
        errorCount: data?.details?.errorCount ?? 0,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('title', 'Import dossier figures')}</Page.Title>
      <Layouts.Header
        title={t('title', 'Import dossier figures')}
        subtitle={t('subtitle', 'Dossier-processing statistics (QĐ 766/QĐ-TTg) from a CSV or JSON file')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <form onSubmit={submit}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography>
                  {t(
                    'help',
                    'One row per period and unit. Columns: {columns}. Periods are YYYY, YYYY-Qn or YYYY-MM; units use their Vietnamese names. Rates are computed by the portal, never imported. A row for a period and unit already present replaces it.',
                    { columns: COLUMNS },
                  )}
                </Typography>
                <Field.Root name="file" hint={t('hint', 'A file with any invalid row imports nothing.')}>
                  <Field.Label>{t('file', 'File (.csv or .json)')}</Field.Label>
                  <input
                    id="dossier-file"
                    type="file"
                    accept=".csv,.json,text/csv,application/json"
                    onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                  />
                  <Field.Hint />
                </Field.Root>
                <Box>
                  <Button type="submit" loading={busy} disabled={!file || busy}>
                    {t('submit', 'Import')}
                  </Button>
                </Box>
              </Flex>
            </form>
          </Box>
          {outcome?.kind === 'done' ? (
            <Alert variant="success" title={t('doneTitle', 'Imported')} closeLabel="×">
              {t('done', '{rows} rows: {created} new, {updated} replaced.', outcome)}
            </Alert>
          ) : null}
          {outcome?.kind === 'failed' ? (
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Alert variant="danger" title={t('failedTitle', 'Nothing was imported')} closeLabel="×">
                {outcome.errorCount ? t('problems', '{n} problem(s) found, nothing imported.', { n: outcome.errorCount }) : outcome.message}
              </Alert>
              {outcome.errors.length ? (
                <Box paddingTop={4}>
                  <Table colCount={2} rowCount={outcome.errors.length + 1}>
                    <Thead>
                      <Tr>
                        <Th>{t('row', 'Row')}</Th>
                        <Th>{t('problem', 'Problem')}</Th>
                      </Tr>
                    </Thead>
                    <Tbody>
                      {outcome.errors.map((e, i) => (
                        <Tr key={i}>
                          <Td>{e.row || '—'}</Td>
                          <Td>{e.code ? t(`error.${e.code}`, e.message, e.values) : e.message}</Td>
                        </Tr>
                      ))}
                    </Tbody>
                  </Table>
                  {outcome.errorCount > outcome.errors.length ? (
                    <Typography variant="pi">{t('more', 'and {n} more', { n: outcome.errorCount - outcome.errors.length })}</Typography>
                  ) : null}
                </Box>
              ) : null}
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
