import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Page, Layouts, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Grid, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { CorrectionList, CorrectTotalForm, type Correction } from './TotalCorrections';

interface Overview {
  days: Array<{ day: string; hits: number; visitors: number }>;
  topArticles: Array<{ documentId: string; title: string | null; views: number; totalViews: number }>;
  site: { total: number; online: number; today: { date: string; hits: number; visitors: number } };
  startingTotal: number;
  mode: 'database' | 'redis';
  corrections: Correction[];
}

const PERMISSIONS = { settings: [{ action: 'plugin::visit-counter.settings', subject: null }] };
const READ = [{ action: 'plugin::visit-counter.read', subject: null }];

/**
 * The page behind its permission: the menu entry is hidden from those without it, and the address
 * typed by hand shows Strapi's "no permissions" page rather than a failed load.
 */
export function ProtectedStatisticsPage() {
  return (
    <Page.Protect permissions={READ}>
      <StatisticsPage />
    </Page.Protect>
  );
}

/** 30 days of page views (bars) and unique visitors (line), drawn as plain SVG. */
function Chart({ days, labels }: { days: Overview['days']; labels: { hits: string; visitors: string; description: string } }) {
  const width = 720;
  const height = 220;
  const pad = { left: 48, right: 12, top: 12, bottom: 28 };
  const max = Math.max(1, ...days.map((d) => Math.max(d.hits, d.visitors)));
  const step = (width - pad.left - pad.right) / Math.max(1, days.length);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  const line = days
    .map((d, i) => `${i === 0 ? 'M' : 'L'}${(pad.left + step * i + step / 2).toFixed(1)},${y(d.visitors).toFixed(1)}`)
    .join(' ');
  const ticks = [0, 0.5, 1].map((f) => Math.round(max * f));
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={labels.description}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} stroke="#dcdce4" />
            <text x={pad.left - 6} y={y(t) + 4} fontSize="11" textAnchor="end" fill="#666687">
              {t.toLocaleString()}
            </text>
          </g>
        ))}
        {days.map((d, i) => (
          <rect
            key={d.day}
            x={pad.left + step * i + 2}
            y={y(d.hits)}
            width={Math.max(1, step - 4)}
            height={height - pad.bottom - y(d.hits)}
            fill="#4945ff"
          >
            <title>{`${d.day}: ${d.hits.toLocaleString()} · ${d.visitors.toLocaleString()}`}</title>
          </rect>
        ))}
        <path d={line} fill="none" stroke="#ee5e52" strokeWidth="2" />
        {days
          .filter((_, i) => i % 5 === 0 || i === days.length - 1)
          .map((d) => {
            const i = days.indexOf(d);
            return (
              <text key={d.day} x={pad.left + step * i + step / 2} y={height - 8} fontSize="11" textAnchor="middle" fill="#666687">
                {d.day.slice(5)}
              </text>
            );
          })}
      </svg>
      <figcaption>
        <Flex gap={4}>
          <Typography variant="pi">
            <span style={{ display: 'inline-block', width: 10, height: 10, background: '#4945ff', marginRight: 4 }} />
            {labels.hits}
          </Typography>
          <Typography variant="pi">
            <span
              style={{ display: 'inline-block', width: 10, height: 3, background: '#ee5e52', marginRight: 4, verticalAlign: 'middle' }}
            />
            {labels.visitors}
          </Typography>
        </Flex>
      </figcaption>
    </figure>
  );
}

function Kpi({ label, value }: { label: string; value: number }) {
  return (
    <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius width="100%">
      <Typography variant="sigma" textColor="neutral600" tag="p">
        {label}
      </Typography>
      <Typography variant="alpha" tag="p">
        {value.toLocaleString()}
      </Typography>
    </Box>
  );
}

export function StatisticsPage() {
  const { formatMessage, locale } = useIntl();
  const t = (id: string) => formatMessage({ id: `visit-counter.${id}`, defaultMessage: id });
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC(PERMISSIONS);
  const [data, setData] = useState<Overview | null>(null);
  const [failed, setFailed] = useState(false);
  const [starting, setStarting] = useState('');
  const [startingError, setStartingError] = useState<string | undefined>();
  const startingFilled = useRef(false);

  const load = useCallback(
    () =>
      get<{ data: Overview }>('/visit-counter/overview?days=30')
        .then((res) => {
          setData(res.data.data);
          // Filled once: the 30-second refresh must not overwrite a figure being typed.
          if (!startingFilled.current) setStarting(String(res.data.data.startingTotal));
          startingFilled.current = true;
        })
        .catch(() => setFailed(true)),
    [get],
  );

  useEffect(() => {
    void load();
    const timer = setInterval(load, 30_000);
    return () => clearInterval(timer);
  }, [load]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(starting);
    if (!/^\d+$/.test(starting.trim()) || !Number.isSafeInteger(value)) return setStartingError(t('settings.invalid'));
    setStartingError(undefined);
    try {
      await put('/visit-counter/settings', { startingTotal: value });
      toggleNotification({ type: 'success', message: t('settings.saved') });
      void load();
    } catch {
      toggleNotification({ type: 'danger', message: t('settings.invalid') });
    }
  };

  if (failed) return <Page.Error />;
  if (!data) return <Page.Loading />;
  const fmt = (n: number) => n.toLocaleString(locale);

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name')}</Page.Title>
      <Layouts.Header title={t('plugin.name')} subtitle={t('page.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Grid.Root gap={4}>
            <Grid.Item col={3} s={6} xs={12}>
              <Kpi label={t('kpi.total')} value={data.site.total} />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12}>
              <Kpi label={t('kpi.today')} value={data.site.today.hits} />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12}>
              <Kpi label={t('kpi.visitors')} value={data.site.today.visitors} />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12}>
              <Kpi label={t('kpi.online')} value={data.site.online} />
            </Grid.Item>
          </Grid.Root>

          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <Typography variant="delta" tag="h2">
              {t('chart.title')}
            </Typography>
            <Box paddingTop={4}>
              <Chart
                days={data.days}
                labels={{ hits: t('chart.hits'), visitors: t('chart.visitors'), description: t('chart.description') }}
              />
            </Box>
            <details>
              <summary>
                <Typography variant="pi">{t('table.showData')}</Typography>
              </summary>
              <Table colCount={3} rowCount={data.days.length + 1}>
                <Thead>
                  <Tr>
                    <Th>{t('table.day')}</Th>
                    <Th>{t('chart.hits')}</Th>
                    <Th>{t('chart.visitors')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {[...data.days].reverse().map((d) => (
                    <Tr key={d.day}>
                      <Td>{d.day}</Td>
                      <Td>{fmt(d.hits)}</Td>
                      <Td>{fmt(d.visitors)}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </details>
            <Typography variant="pi" textColor="neutral600">
              {t(`mode.${data.mode}`)}
            </Typography>
          </Box>

          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <Typography variant="delta" tag="h2">
              {t('top.title')}
            </Typography>
            {data.topArticles.length ? (
              <Table colCount={3} rowCount={data.topArticles.length + 1}>
                <Thead>
                  <Tr>
                    <Th>{t('top.article')}</Th>
                    <Th>{t('top.views30')}</Th>
                    <Th>{t('top.viewsAll')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {data.topArticles.map((a) => (
                    <Tr key={a.documentId}>
                      <Td>
                        <Typography>{a.title ?? a.documentId}</Typography>
                      </Td>
                      <Td>{fmt(a.views)}</Td>
                      <Td>{fmt(a.totalViews)}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            ) : (
              <Typography>{t('top.empty')}</Typography>
            )}
          </Box>

          {allowedActions.canSettings ? (
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <form onSubmit={save}>
                <Flex direction="column" alignItems="stretch" gap={3}>
                  <Typography variant="delta" tag="h2">
                    {t('settings.title')}
                  </Typography>
                  <Field.Root name="startingTotal" error={startingError} hint={t('settings.help')}>
                    <Field.Label>{t('settings.title')}</Field.Label>
                    <Field.Input
                      inputMode="numeric"
                      value={starting}
                      onChange={(e: { target: { value: string } }) => setStarting(e.target.value)}
                    />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                  <Box>
                    <Button type="submit">{t('settings.save')}</Button>
                  </Box>
                </Flex>
              </form>
            </Box>
          ) : null}

          {allowedActions.canSettings ? (
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              {/* Not keyed on the total: the 30-second refresh must not wipe what the Super Admin is typing. */}
              <CorrectTotalForm total={data.site.total} onSaved={() => void load()} />
            </Box>
          ) : null}

          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <CorrectionList corrections={data.corrections} />
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
