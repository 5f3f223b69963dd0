import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { getDocument, getSiteFrame } from '@/lib/cms/queries';
import { pageMetadata } from '@/lib/seo';
import { formatDate } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { LOCALES, isLocale, routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 3600;

async function load(params: Props['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const document = await getDocument(locale, decodeURIComponent(slug));
  if (!document) notFound();
  return { locale, document };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, document } = await load(params);
  // The number-based slug is shared; a locale is listed only where the document is published in it.
  const published = await Promise.all(LOCALES.map(async (l) => (l === locale || (await getDocument(l, document.slug)) ? l : null)));
  const alternates = Object.fromEntries(published.flatMap((l) => (l ? [[l, routes.document(l, document.slug)]] : [])));
  return pageMetadata({
    locale,
    frame: await getSiteFrame(locale),
    title: `${document.number} — ${document.summary}`.slice(0, 120),
    description: document.summary,
    alternates,
  });
}

export default async function DocumentPage({ params }: Props) {
  const { locale, document: doc } = await load(params);
  const t = getMessages(locale);
  const d = t.documents;
  return (
    <>
      <PageBreadcrumbs
        items={[{ label: t.home, href: routes.home(locale) }, { label: d.title, href: routes.documents(locale) }, { label: doc.number }]}
        label={t.breadcrumbs}
      />
      <h1 className="page-title">
        {d.types[doc.type] ?? doc.type} {doc.number}
      </h1>
      <p className="lead">{doc.summary}</p>
      <dl className="contact-list document-facts">
        <dt>{d.number}</dt>
        <dd>{doc.number}</dd>
        <dt>{d.type}</dt>
        <dd>{d.types[doc.type] ?? doc.type}</dd>
        <dt>{d.issuer}</dt>
        <dd>{doc.issuingBody}</dd>
        {doc.signer ? (
          <>
            <dt>{d.signer}</dt>
            <dd>{doc.signer}</dd>
          </>
        ) : null}
        <dt>{d.issueDate}</dt>
        <dd>
          <time dateTime={doc.issueDate}>{formatDate(doc.issueDate, locale)}</time>
        </dd>
        {doc.effectiveDate ? (
          <>
            <dt>{d.effectiveDate}</dt>
            <dd>
              <time dateTime={doc.effectiveDate}>{formatDate(doc.effectiveDate, locale)}</time>
            </dd>
          </>
        ) : null}
        <dt>{d.field}</dt>
        <dd>{d.fields[doc.field] ?? doc.field}</dd>
        {doc.file ? (
          <>
            <dt>{d.file}</dt>
            <dd>
              <a href={doc.file.url} download>
                {d.download} {doc.file.name}
              </a>{' '}
              <span className="muted">
                ({doc.file.ext}, {doc.file.sizeKb} KB)
              </span>
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
