import { notFound } from 'next/navigation';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { Pagination } from '@/components/common/Pagination';
import { getDocumentFacets, getDocumentRegister } from '@/lib/cms/queries';
import { DOCUMENT_FIELDS, DOCUMENT_TYPES, parseRegisterFilters, registerSearch } from '@/lib/documents';
import { formatDate } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { fixedPageMetadata } from '@/lib/metadata';
import { isLocale, routes } from '@/lib/routes';

export const generateMetadata = fixedPageMetadata(
  (t) => ({ title: t.documents.title, description: t.documents.intro }),
  (l) => routes.documents(l),
);

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The register with its filters. Filtered pages render per request from cached CMS reads. */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const d = t.documents;
  const filters = parseRegisterFilters(await searchParams);
  const [register, facets] = await Promise.all([getDocumentRegister(locale, filters), getDocumentFacets(locale)]);
  const select = (name: string, label: string, value: string | number | undefined, options: Array<[string, string]>) => (
    <label className="filter">
      {label}
      <select name={name} defaultValue={value === undefined ? '' : String(value)}>
        <option value="">{d.any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <PageBreadcrumbs items={[{ label: t.home, href: routes.home(locale) }, { label: d.title }]} label={t.breadcrumbs} />
      <h1 className="page-title">{d.title}</h1>
      <p className="lead">{d.intro}</p>
      <form className="register-filters" method="get" action={routes.documents(locale)} role="search" aria-label={d.search}>
        <label className="filter filter-q">
          {d.search}
          <input type="search" name="q" defaultValue={filters.q ?? ''} placeholder={d.searchHint} maxLength={200} />
        </label>
        {select(
          'type',
          d.type,
          filters.type,
          DOCUMENT_TYPES.map((v) => [v, d.types[v] ?? v]),
        )}
        {select(
          'field',
          d.field,
          filters.field,
          DOCUMENT_FIELDS.map((v) => [v, d.fields[v] ?? v]),
        )}
        {select(
          'issuer',
          d.issuer,
          filters.issuer,
          facets.issuers.map((v) => [v, v]),
        )}
        {select(
          'year',
          d.year,
          filters.year,
          facets.years.map((v) => [String(v), String(v)]),
        )}
        <div className="filter-actions">
          <button type="submit">{d.filter}</button> <a href={routes.documents(locale)}>{d.reset}</a>
        </div>
      </form>
      <p className="muted" role="status">
        {register.total} {d.found} · {t.pageOf(register.page, register.pageCount)}
      </p>
      {register.documents.length ? (
        <div className="table-scroll">
          <table className="register register-cards">
            <thead>
              <tr>
                <th scope="col">{d.number}</th>
                <th scope="col">{d.issueDate}</th>
                <th scope="col">{d.summary}</th>
                <th scope="col">{d.issuer}</th>
                <th scope="col">{d.file}</th>
              </tr>
            </thead>
            <tbody>
              {register.documents.map((doc) => (
                <tr key={doc.id}>
                  <td className="register-card-title">
                    <a className="nowrap" href={routes.document(locale, doc.slug)}>
                      {doc.number}
                    </a>{' '}
                    <span className="muted register-kind">{d.types[doc.type] ?? doc.type}</span>
                  </td>
                  <td data-label={d.issueDate}>
                    <time className="nowrap" dateTime={doc.issueDate}>
                      {formatDate(doc.issueDate, locale)}
                    </time>
                  </td>
                  <td>{doc.summary}</td>
                  <td data-label={d.issuer}>{doc.issuingBody}</td>
                  <td>
                    {doc.file ? (
                      <a
                        className="nowrap"
                        href={doc.file.url}
                        download
                        aria-label={`${d.download} ${doc.number} (${doc.file.ext}, ${doc.file.sizeKb} KB)`}
                      >
                        {d.download}
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty-state">{d.none}</p>
      )}
      <Pagination
        page={register.page}
        pageCount={register.pageCount}
        href={(p) => routes.documents(locale, registerSearch(filters, p))}
        t={t}
      />
    </>
  );
}
