import { useIntl } from 'react-intl';
import { Badge, Typography } from '@strapi/design-system';
import { deskDate } from './messages';

/**
 * The desk's fields in the content manager's views: the article list gets a "Lịch đăng" column showing
 * "Lên lịch: dd/mm/yyyy hh:mm" (and the review state) for scheduled entries, and the edit form does not
 * show the four fields as inputs (the "Duyệt & lịch đăng" panel and the server own them).
 */
const DESK_FIELDS = new Set(['reviewStatus', 'reviewNote', 'scheduledPublishAt', 'scheduledUnpublishAt', 'approvedFingerprint']);

type Row = { scheduledPublishAt?: string | null; scheduledUnpublishAt?: string | null; reviewStatus?: string | null };

function ScheduleCell({ row }: { row: Row }) {
  const { formatMessage } = useIntl();
  const parts = [
    row.scheduledPublishAt &&
      formatMessage({ id: 'portal-desk.scheduled', defaultMessage: 'Scheduled: {at}' }, { at: deskDate(row.scheduledPublishAt) }),
    row.scheduledUnpublishAt &&
      formatMessage({ id: 'portal-desk.unscheduled', defaultMessage: 'Unpublish at: {at}' }, { at: deskDate(row.scheduledUnpublishAt) }),
  ].filter(Boolean) as string[];
  const review =
    row.reviewStatus === 'ready'
      ? formatMessage({ id: 'portal-desk.status.ready', defaultMessage: 'Waiting for an editor’s review' })
      : row.reviewStatus === 'changes'
        ? formatMessage({ id: 'portal-desk.status.changes', defaultMessage: 'Sent back by an editor' })
        : row.reviewStatus === 'changed'
          ? formatMessage({
              id: 'portal-desk.status.changed',
              defaultMessage: 'Edited after it was marked ready: not scheduled, mark it ready again',
            })
          : null;
  if (!parts.length && !review) return <Typography textColor="neutral600">-</Typography>;
  return (
    <>
      {parts.map((text) => (
        <Badge key={text} marginRight={1}>
          {text}
        </Badge>
      ))}
      {review && (
        <Typography variant="pi" textColor="neutral600">
          {review}
        </Typography>
      )}
    </>
  );
}

type Header = {
  name: string;
  label: unknown;
  attribute: { type: string };
  searchable: boolean;
  sortable: boolean;
  cellFormatter?: (row: Row) => unknown;
};
type ListArgs = { displayedHeaders: Header[]; layout: { metadatas?: Record<string, unknown> } };

export function addScheduleColumn({ displayedHeaders, layout }: ListArgs): ListArgs {
  if (!layout?.metadatas || !('scheduledPublishAt' in layout.metadatas)) return { displayedHeaders, layout };
  // Right after the title, so it shows without scrolling the table sideways.
  const at = displayedHeaders.findIndex((h) => h.name === 'title') + 1 || displayedHeaders.length;
  return {
    layout,
    displayedHeaders: [
      ...displayedHeaders.slice(0, at),
      {
        name: 'scheduledPublishAt',
        label: { id: 'portal-desk.column', defaultMessage: 'Schedule' },
        attribute: { type: 'custom' },
        searchable: false,
        sortable: false,
        cellFormatter: (row: Row) => <ScheduleCell row={row} />,
      },
      ...displayedHeaders.slice(at),
    ],
  };
}

type Field = { name: string };
type EditArgs = { layout: { layout: Field[][][] } & Record<string, unknown>; query: unknown };

export function hideDeskFieldsInForm(args: EditArgs): EditArgs {
  const panels = args.layout?.layout;
  if (!Array.isArray(panels)) return args;
  const layout = panels
    .map((rows) => rows.map((row) => row.filter((field) => !DESK_FIELDS.has(field.name))).filter((row) => row.length > 0))
    .filter((rows) => rows.length > 0);
  return { ...args, layout: { ...args.layout, layout } };
}
