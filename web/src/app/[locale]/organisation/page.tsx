import { notFound } from 'next/navigation';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { PageJsonLd } from '@/components/seo/JsonLd';
import { getOrganisation, getSiteFrame } from '@/lib/cms/queries';
import type { OrganisationUnit } from '@/lib/cms/types';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import { fixedPageMetadata } from '@/lib/metadata';
import { isLocale, routes } from '@/lib/routes';
import { governmentOrganization } from '@/lib/seo';
import { absolute } from '@/lib/site';

export const revalidate = 3600;

export const generateMetadata = fixedPageMetadata((t) => ({ title: t.contacts, description: t.contactsIntro }), routes.organisation);

function Unit({ unit, t, level }: { unit: OrganisationUnit; t: Messages; level: 2 | 3 }) {
  const Heading = `h${level}` as const;
  return (
    <section className={`org-unit org-level-${level}`} aria-labelledby={`unit-${unit.id}`}>
      <Heading id={`unit-${unit.id}`}>{unit.name}</Heading>
      <p className="muted">{t.kinds[unit.kind] ?? unit.kind}</p>
      {unit.description ? <p>{unit.description}</p> : null}
      <dl className="contact-list">
        {unit.leaders.length ? (
          <>
            <dt>{t.leaders}</dt>
            <dd>
              <ul className="plain-list">
                {unit.leaders.map((l) => (
                  <li key={`${l.name}-${l.position}`}>
                    <strong>{l.name}</strong> — {l.position}
                    {l.phone ? ` · ${l.phone}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {unit.address ? (
          <>
            <dt>{t.address}</dt>
            <dd>{unit.address}</dd>
          </>
        ) : null}
        {unit.phone ? (
          <>
            <dt>{t.phone}</dt>
            <dd>{unit.phone}</dd>
          </>
        ) : null}
        {unit.email ? (
          <>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${unit.email}`}>{unit.email}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {unit.children.length ? (
        <div className="org-children">
          {unit.children.map((child) => (
            <Unit key={child.id} unit={child} t={t} level={3} />
          ))}
        </div>
      ) : null}
    </section>
  );
}

/** A unit and its sub-units as schema.org GovernmentOrganization departments. */
function unitJsonLd(unit: OrganisationUnit): Record<string, unknown> {
  return {
    '@type': 'GovernmentOrganization',
    name: unit.name,
    ...(unit.phone ? { telephone: unit.phone } : {}),
    ...(unit.email ? { email: unit.email } : {}),
    ...(unit.address ? { address: unit.address } : {}),
    ...(unit.leaders.length ? { employee: unit.leaders.map((l) => ({ '@type': 'Person', name: l.name, jobTitle: l.position })) } : {}),
    ...(unit.children.length ? { department: unit.children.map(unitJsonLd) } : {}),
  };
}

export default async function OrganisationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const [units, frame] = await Promise.all([getOrganisation(locale), getSiteFrame(locale)]);
  const page = absolute(routes.organisation(locale));
  return (
    <>
      <PageJsonLd
        data={governmentOrganization(frame, locale, { '@id': page, mainEntityOfPage: page, department: units.map(unitJsonLd) })}
      />
      <PageBreadcrumbs items={[{ label: t.home, href: routes.home(locale) }, { label: t.contacts }]} label={t.breadcrumbs} />
      <h1 className="page-title">{t.contacts}</h1>
      <p className="lead">{t.contactsIntro}</p>
      {units.map((unit) => (
        <Unit key={unit.id} unit={unit} t={t} level={2} />
      ))}
    </>
  );
}
