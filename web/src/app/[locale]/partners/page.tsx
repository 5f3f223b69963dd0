import { fill } from '@portal/contract';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { KeyValueTable } from '@/components/partners/KeyValueTable';
import { PUBLIC_CMS_URL, getExampleSlug, getPartnerRegistry, type PartnerOperation } from '@/lib/cms/partner-feed';
import { getMessages } from '@/lib/i18n/messages';
import { getPartnerMessages, type PartnerMessages } from '@/lib/i18n/partners';
import { apolloCall, apolloSetup, curlAdhoc, curlPersisted } from '@/lib/partner-docs';
import { isLocale, routes, type Locale } from '@/lib/routes';
import { getSiteFrame } from '@/lib/cms/queries';
import { everyLocale, pageMetadata } from '@/lib/seo';

export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const p = getPartnerMessages(locale);
  return pageMetadata({
    locale,
    frame: await getSiteFrame(locale),
    title: p.title,
    description: p.intro,
    alternates: everyLocale(routes.partners),
  });
}

/**
 * A scrollable code block that keyboard users can reach and scroll; a named region, since a name on a
 * plain <pre> is not announced (ARIA prohibits it there).
 */
function Code({ label, children }: { label: string; children: string }) {
  return (
    <pre className="code-block" tabIndex={0} role={label ? 'region' : undefined} aria-label={label || undefined}>
      <code>{children}</code>
    </pre>
  );
}

function Operation({ op, locale, p, slug }: { op: PartnerOperation; locale: Locale; p: PartnerMessages; slug: string | null }) {
  const params = { ...op.example, ...(op.example.locale ? { locale } : {}), ...(op.example.slug && slug ? { slug } : {}) };
  return (
    <section aria-labelledby={`op-${op.id}`} className="partner-op">
      <h3 id={`op-${op.id}`}>
        {op.title[locale]} <code>{op.id}</code>
      </h3>
      <p>{op.description[locale]}</p>
      <KeyValueTable head={[p.parameter, p.meaning]} rows={Object.entries(op.params).map(([name, text]) => [name, text[locale]])} code />
      <h4>{p.curl}</h4>
      <Code label={`${p.curl}: ${op.id}`}>{curlPersisted(PUBLIC_CMS_URL, op, params)}</Code>
      <h4>{p.apollo}</h4>
      <Code label={`${p.apollo}: ${op.id}`}>{apolloCall(op, params)}</Code>
    </section>
  );
}

export default async function PartnersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const p = getPartnerMessages(locale);
  const [{ operations, limits }, slug] = await Promise.all([getPartnerRegistry(), getExampleSlug(locale).catch(() => null)]);
  const sections = [
    ['token', p.tokenTitle],
    ['operations', p.operationsTitle],
    ['adhoc', p.adhocTitle],
    ['limits', p.limitsTitle],
    ['caching', p.cachingTitle],
    ['feeds', p.feedsTitle],
    ['errors', p.errorsTitle],
    ['cors', p.corsTitle],
  ] as const;
  const budget = (points: number) => fill(p.perWindow, { points, seconds: limits.windowSeconds });
  return (
    <>
      <PageBreadcrumbs items={[{ label: t.home, href: routes.home(locale) }, { label: p.title }]} label={t.breadcrumbs} />
      <h1 className="page-title">{p.title}</h1>
      <p className="lead">{p.intro}</p>
      <nav aria-label={p.contents}>
        <ul className="plain-list">
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="token">{p.tokenTitle}</h2>
      <p>{p.tokenText}</p>
      <p>{p.tokenHeader}</p>
      <Code label={p.tokenHeader}>{'Authorization: Bearer <token>'}</Code>
      <p>{p.tokenSchema}</p>
      <Code
        label={p.tokenSchema}
      >{`curl -sS -H "Authorization: Bearer $PORTAL_TOKEN" ${PUBLIC_CMS_URL}/api/partner-feed/schema.graphql > schema.graphql`}</Code>

      <h2 id="operations">{p.operationsTitle}</h2>
      <p>{p.operationsText}</p>
      <h3>{p.apolloSetupTitle}</h3>
      <p>{p.apolloSetupText}</p>
      <Code label={p.apolloSetupTitle}>{apolloSetup(PUBLIC_CMS_URL)}</Code>
      {operations.map((op) => (
        <Operation key={op.id} op={op} locale={locale} p={p} slug={slug} />
      ))}

      <h2 id="adhoc">{p.adhocTitle}</h2>
      <p>{limits.allowlistOnly ? p.adhocOff : p.adhocText}</p>
      <Code label={p.adhocTitle}>{curlAdhoc(PUBLIC_CMS_URL)}</Code>

      <h2 id="limits">{p.limitsTitle}</h2>
      <p>{fill(p.limitsText, { defaultPageSize: limits.defaultPageSize, maxPageSize: limits.maxPageSize })}</p>
      <KeyValueTable
        head={[p.limit, p.value]}
        rows={[
          [p.maxDepth, String(limits.maxDepth)],
          [p.maxCost, String(limits.maxCost)],
          [p.maxAliases, String(limits.maxAliases)],
          [p.pageSize, `${limits.defaultPageSize} / ${limits.maxPageSize}`],
          [p.anonymous, budget(limits.anonymousPoints)],
          [p.token, budget(limits.tokenPoints)],
        ]}
      />
      <p>{p.cachedHit}</p>

      <h2 id="caching">{p.cachingTitle}</h2>
      <p>
        {fill(p.cachingText, {
          maxAge: limits.maxAge,
          swr: limits.staleWhileRevalidate,
          worst: limits.maxAge + limits.staleWhileRevalidate,
        })}
      </p>

      <h2 id="feeds">{p.feedsTitle}</h2>
      <p>{p.feedsText}</p>
      <Code label={p.feedsTitle}>
        {['vi', 'en'].map((l) => `${PUBLIC_CMS_URL}/api/partner-feed/feed/${l}.json`).join('\n') +
          `\n${PUBLIC_CMS_URL}/api/partner-feed/feed/${locale}.json?category=<slug>`}
      </Code>

      <h2 id="errors">{p.errorsTitle}</h2>
      <p>{p.errorsText}</p>
      <KeyValueTable head={[p.code, p.when]} rows={Object.entries(p.errors)} code />

      <h2 id="cors">{p.corsTitle}</h2>
      <p>{p.corsText}</p>
    </>
  );
}
