import { fill } from '@portal/contract';
import { DATA_SUBJECT_RIGHTS } from '@portal/contract/personal-data';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { getPrivacyFacts } from '@/lib/cms/privacy';
import { getSiteFrame } from '@/lib/cms/queries';
import { getMessages } from '@/lib/i18n/messages';
import { getPrivacyMessages } from '@/lib/i18n/privacy';
import { isLocale, routes } from '@/lib/routes';
import { everyLocale, pageMetadata } from '@/lib/seo';

export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const p = getPrivacyMessages(locale);
  return pageMetadata({
    locale,
    frame: await getSiteFrame(locale),
    title: p.title,
    description: p.intro,
    alternates: everyLocale(routes.privacy),
  });
}

/** The privacy notice, generated from the CMS's registry of personal fields and the retention it runs with. */
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const p = getPrivacyMessages(locale);
  const [frame, facts] = await Promise.all([getSiteFrame(locale), getPrivacyFacts()]);
  const unit = frame.footer.responsible || frame.portalName;
  return (
    <>
      <PageBreadcrumbs items={[{ label: t.home, href: routes.home(locale) }, { label: p.title }]} label={t.breadcrumbs} />
      <h1 className="page-title">{p.title}</h1>
      <p className="lead">{p.intro}</p>

      <h2>{p.controllerTitle}</h2>
      <p>{fill(p.controllerText, { unit })}</p>

      <h2>{p.fieldsTitle}</h2>
      <div className="table-scroll">
        <table className="register" data-personal-fields>
          <thead>
            <tr>
              <th scope="col">{p.field}</th>
              <th scope="col">{p.purpose}</th>
              <th scope="col">{p.retention}</th>
            </tr>
          </thead>
          <tbody>
            {facts.fields.map((f) => (
              <tr key={f.id} data-field={f.id}>
                <th scope="row">{f.label[locale]}</th>
                <td>{f.purpose[locale]}</td>
                <td>{f.retentionKey ? fill(p.days, { n: facts.retentionDays[f.retentionKey] }) : f.fixedRetention?.[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{p.noThirdParty}</p>

      <h2>{p.cookiesTitle}</h2>
      <p>{p.cookiesText}</p>

      <h2>{p.consentTitle}</h2>
      <p>{fill(p.consentText, { version: facts.version })}</p>

      <h2>{p.rightsTitle}</h2>
      <ul>
        {DATA_SUBJECT_RIGHTS.map((right) => (
          <li key={right.en}>{right[locale]}</li>
        ))}
      </ul>

      <h2>{p.contactTitle}</h2>
      <p>{p.contactText}</p>
      <address>
        <p>{unit}</p>
        {frame.footer.address ? <p>{frame.footer.address}</p> : null}
        {frame.footer.phone ? <p>{frame.footer.phone}</p> : null}
        {frame.footer.email ? (
          <p>
            <a href={`mailto:${frame.footer.email}`}>{frame.footer.email}</a>
          </p>
        ) : null}
      </address>
      <p className="hint">{fill(p.version, { version: facts.version })}</p>
    </>
  );
}
