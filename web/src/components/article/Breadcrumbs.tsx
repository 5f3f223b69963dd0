import { JsonLd, requestNonce } from '@/components/seo/JsonLd';
import { breadcrumbList } from '@/lib/seo';

export interface Crumb {
  label: string;
  href?: string;
}

/** The trail, and the same trail as a schema.org BreadcrumbList for search engines. */
export function Breadcrumbs({ items, label, nonce }: { items: Crumb[]; label: string; nonce?: string | null }) {
  return (
    <>
      <nav className="breadcrumbs" aria-label={label}>
        <ol>
          {items.map((item, i) => (
            <li key={`${item.label}-${i}`}>
              {item.href && i < items.length - 1 ? (
                <a href={item.href}>{item.label}</a>
              ) : (
                <span aria-current={i === items.length - 1 ? 'page' : undefined}>{item.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbList(items)} nonce={nonce} />
    </>
  );
}

/** Breadcrumbs in a React page rendered per request (its JSON-LD carries the request's nonce). */
export async function PageBreadcrumbs(props: { items: Crumb[]; label: string }) {
  return <Breadcrumbs {...props} nonce={await requestNonce()} />;
}
