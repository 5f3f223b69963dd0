import * as React from 'react';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { Badge, Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { errorMessage, useText } from '../intl';
import { ARTICLE, deskDate, localInput, type DeskState } from './messages';

/**
 * The article edit view's "Duyệt & lịch đăng" panel: the reporter marks the draft ready for review and
 * reads the editor's note when it comes back; the editor sends a ready draft back with a note, and sets
 * when this locale is published (and optionally unpublished). The server checks who may do what.
 */

function DeskPanelContent({ documentId, locale }: { documentId: string; locale: string }) {
  const t = useText('portal-desk');
  const { get, post, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const modified = useForm('DeskPanel', (state) => state.modified);
  const [state, setState] = React.useState<DeskState | null>(null);
  const [note, setNote] = React.useState('');
  const [publishAt, setPublishAt] = React.useState('');
  const [unpublishAt, setUnpublishAt] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const url = `/admin/portal-desk/articles/${documentId}`;
  const query = `?locale=${encodeURIComponent(locale)}`;

  const show = React.useCallback((next: DeskState) => {
    setState(next);
    setPublishAt(localInput(next.scheduledPublishAt));
    setUnpublishAt(localInput(next.scheduledUnpublishAt));
  }, []);

  React.useEffect(() => {
    let live = true;
    get<{ data: DeskState }>(url + query)
      .then((res) => live && show(res.data.data))
      .catch((e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [get, url, query, show]);

  const act = async (call: () => Promise<{ data: { data: DeskState } }>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      show((await call()).data.data);
      toggleNotification({ type: 'success', message: done });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const toIso = (local: string) => (local ? new Date(local).toISOString() : null);

  if (!state) return error ? <Typography textColor="danger600">{error}</Typography> : null;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="portal-desk-panel">
      {state.reviewStatus === 'ready' && <Badge>{t('status.ready', 'Waiting for an editor’s review')}</Badge>}
      {state.reviewStatus === 'changes' && (
        <Box background="warning100" borderColor="warning200" padding={3} hasRadius role="status">
          <Typography fontWeight="bold" tag="p">
            {t('status.changes', 'Sent back by an editor')}
          </Typography>
          {state.reviewNote && <Typography tag="p">{t('note', 'Editor’s note: {note}', { note: state.reviewNote })}</Typography>}
        </Box>
      )}
      {state.reviewStatus === 'changed' && (
        <Box background="danger100" borderColor="danger200" padding={3} hasRadius role="status">
          <Typography fontWeight="bold" tag="p">
            {t('status.changed', 'Edited after it was marked ready: not scheduled, mark it ready again')}
          </Typography>
          <Typography tag="p">{t('changed.hint', 'Back on the reporter’s side: the approved version is no longer this draft.')}</Typography>
        </Box>
      )}
      {state.scheduledPublishAt && (
        <Typography fontWeight="semiBold">{t('scheduled', 'Scheduled: {at}', { at: deskDate(state.scheduledPublishAt) })}</Typography>
      )}
      {state.scheduledUnpublishAt && (
        <Typography>{t('unscheduled', 'Unpublish at: {at}', { at: deskDate(state.scheduledUnpublishAt) })}</Typography>
      )}

      {!state.canPublish && state.canMarkReady && state.reviewStatus !== 'ready' && (
        <>
          <Button
            variant="secondary"
            fullWidth
            disabled={busy || modified}
            onClick={() => act(() => post(`${url}/ready${query}`, {}), t('markReady.done', 'Sent to the editors for review.'))}
          >
            {t('markReady', 'Mark ready for review')}
          </Button>
          {modified && (
            <Typography variant="pi" textColor="neutral600">
              {t('markReady.unsaved', 'Save your changes before marking the draft ready.')}
            </Typography>
          )}
        </>
      )}

      {state.canPublish && state.reviewStatus === 'ready' && (
        <>
          <Field.Root name="portal-desk-note">
            <Field.Label>{t('sendBack.label', 'Note for the reporter')}</Field.Label>
            <Textarea value={note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
          </Field.Root>
          <Button
            variant="danger-light"
            fullWidth
            disabled={busy}
            onClick={async () => {
              if (await act(() => post(`${url}/send-back${query}`, { note }), t('sendBack.done', 'Sent back with your note.'))) setNote('');
            }}
          >
            {t('sendBack', 'Send back to the reporter')}
          </Button>
        </>
      )}

      {state.canPublish && (
        <>
          <Field.Root name="portal-desk-publish-at">
            <Field.Label>{t('publishAt', 'Publish at')}</Field.Label>
            <Field.Input
              type="datetime-local"
              value={publishAt}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPublishAt(e.target.value)}
            />
          </Field.Root>
          <Field.Root name="portal-desk-unpublish-at">
            <Field.Label>{t('unpublishAt', 'Unpublish at (optional)')}</Field.Label>
            <Field.Input
              type="datetime-local"
              value={unpublishAt}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => setUnpublishAt(e.target.value)}
            />
          </Field.Root>
          <Flex gap={2}>
            <Button
              variant="secondary"
              disabled={busy || modified}
              onClick={() =>
                act(
                  () =>
                    put(`${url}/schedule${query}`, {
                      publishAt: toIso(publishAt),
                      unpublishAt: toIso(unpublishAt),
                      fingerprint: state.fingerprint,
                    }),
                  t('schedule.done', 'Schedule saved.'),
                )
              }
            >
              {t('saveSchedule', 'Set schedule')}
            </Button>
            {(state.scheduledPublishAt || state.scheduledUnpublishAt) && (
              <Button
                variant="tertiary"
                disabled={busy}
                onClick={() =>
                  act(() => put(`${url}/schedule${query}`, { publishAt: null, unpublishAt: null }), t('schedule.done', 'Schedule saved.'))
                }
              >
                {t('clearSchedule', 'Clear schedule')}
              </Button>
            )}
          </Flex>
          {modified && (
            <Typography variant="pi" textColor="neutral600">
              {t('schedule.unsaved', 'Save your changes first: the saved draft is what gets published.')}
            </Typography>
          )}
        </>
      )}
      {error && (
        <Typography textColor="danger600" role="alert">
          {error}
        </Typography>
      )}
    </Flex>
  );
}

export const DeskPanel: PanelComponent = ({ model, documentId, document }: PanelComponentProps) => {
  const t = useText('portal-desk');
  if (model !== ARTICLE) return null;
  const locale = (document?.locale as string | undefined) ?? undefined;
  return {
    title: t('panel.title', 'Review & schedule'),
    content:
      documentId && locale ? (
        <DeskPanelContent
          key={`${documentId}:${locale}:${document?.status ?? ''}:${String(document?.updatedAt ?? '')}`}
          documentId={documentId}
          locale={locale}
        />
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('saveFirst', 'Save the draft first, then mark it ready or schedule it.')}
        </Typography>
      ),
  };
};
