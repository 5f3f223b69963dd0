import { headers } from 'next/headers';
import { jsonLdText } from '@/lib/seo';

/**
 * Structured data. A data block is not run, but it carries the request's CSP nonce (src/proxy.ts)
 * wherever there is one, so no policy reading it as a script could object; the cached plain-HTML
 * article documents have no nonce.
 */
export function JsonLd({ data, nonce }: { data: Record<string, unknown>; nonce?: string | null }) {
  return <script type="application/ld+json" nonce={nonce ?? undefined} dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}

/** The request's CSP nonce, for React pages rendered per request. */
export async function requestNonce(): Promise<string | null> {
  return (await headers()).get('x-nonce');
}

/** JsonLd in a React page: reads the nonce itself. */
export async function PageJsonLd({ data }: { data: Record<string, unknown> }) {
  return <JsonLd data={data} nonce={await requestNonce()} />;
}
