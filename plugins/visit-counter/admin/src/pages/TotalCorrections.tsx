import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Table, Tbody, Td, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';

export interface Correction {
  id: number;
  at: string;
  userName: string;
  oldTotal: number;
  newTotal: number;
  reason: string;
}

/** A Super Admin sets the site total to a corrected figure with a reason; every correction is listed. */
export function CorrectTotalForm({ total, onSaved }: { total: number; onSaved: () => void }) {
  const { formatMessage } = useIntl();
  const t = (id: string) => formatMessage({ id: `visit-counter.${id}`, defaultMessage: id });
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [value, setValue] = useState(String(total));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ total?: string; reason?: string }>({});

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = Number(value);
    const problems = {
      total: /^\d+$/.test(value.trim()) && Number.isSafeInteger(next) ? undefined : t('settings.invalid'),
      reason: reason.trim().length >= 3 && reason.trim().length <= 500 ? undefined : t('correction.reasonInvalid'),
    };
    setErrors(problems);
    if (problems.total || problems.reason) return;
    try {
      await post('/visit-counter/corrections', { total: next, reason: reason.trim() });
      toggleNotification({ type: 'success', message: t('correction.saved') });
      setReason('');
      onSaved();
    } catch {
      toggleNotification({ type: 'danger', message: t('correction.failed') });
    }
  };

  return (
    <form onSubmit={save}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {t('correction.title')}
        </Typography>
        <Field.Root name="correctedTotal" error={errors.total} hint={t('correction.help')}>
          <Field.Label>{t('correction.total')}</Field.Label>
          <Field.Input inputMode="numeric" value={value} onChange={(e: { target: { value: string } }) => setValue(e.target.value)} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <Field.Root name="correctionReason" error={errors.reason} required>
          <Field.Label>{t('correction.reason')}</Field.Label>
          <Textarea value={reason} onChange={(e: { target: { value: string } }) => setReason(e.target.value)} />
          <Field.Error />
        </Field.Root>
        <Box>
          <Button type="submit">{t('correction.save')}</Button>
        </Box>
      </Flex>
    </form>
  );
}

export function CorrectionList({ corrections }: { corrections: Correction[] }) {
  const { formatMessage, formatDate, locale } = useIntl();
  const t = (id: string) => formatMessage({ id: `visit-counter.${id}`, defaultMessage: id });
  const fmt = (n: number) => n.toLocaleString(locale);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {t('correction.history')}
      </Typography>
      {corrections.length ? (
        <Table colCount={5} rowCount={corrections.length + 1}>
          <Thead>
            <Tr>
              <Th>{t('correction.when')}</Th>
              <Th>{t('correction.who')}</Th>
              <Th>{t('correction.old')}</Th>
              <Th>{t('correction.new')}</Th>
              <Th>{t('correction.reason')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {corrections.map((c) => (
              <Tr key={c.id}>
                <Td>{formatDate(c.at, { dateStyle: 'short', timeStyle: 'short' })}</Td>
                <Td>{c.userName}</Td>
                <Td>{fmt(c.oldTotal)}</Td>
                <Td>{fmt(c.newTotal)}</Td>
                <Td>
                  <Typography>{c.reason}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : (
        <Typography>{t('correction.none')}</Typography>
      )}
    </Flex>
  );
}
