import * as React from 'react';
import { useIntl } from 'react-intl';
import { useLocation, useParams } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';
import { LinkButton } from '@strapi/design-system';
import { ExternalLink } from '@strapi/icons';

/**
 * "Mở trong thẻ mới" in the preview's header (the content manager's `preview.actions` zone): the same
 * preview page outside the admin's frame, for a full-size look or when a network's policy blocks frames.
 * Asks the CMS for the preview address the frame got (a fresh signed link for this draft and locale).
 */
export function OpenPreviewInNewTab() {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const { slug: model, id: documentId } = useParams();
  const { search } = useLocation();
  const [url, setUrl] = React.useState<string | null>(null);

  React.useEffect(() => {
    if (!model || !documentId) return;
    const query = new URLSearchParams(search);
    const params = { documentId, locale: query.get('plugins[i18n][locale]') ?? undefined, status: query.get('status') ?? 'draft' };
    let live = true;
    get<{ data?: { url?: string } }>(`/content-manager/preview/url/${model}`, { params })
      .then((res) => live && setUrl(res.data.data?.url ?? null))
      .catch(() => live && setUrl(null));
    return () => {
      live = false;
    };
  }, [get, model, documentId, search]);

  if (!url) return null;
  return (
    <LinkButton href={url} target="_blank" rel="noopener noreferrer" variant="tertiary" size="S" startIcon={<ExternalLink />}>
      {formatMessage({ id: 'portal-desk.preview.newTab', defaultMessage: 'Open in a new tab' })}
    </LinkButton>
  );
}
