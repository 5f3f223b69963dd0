/**
 * Copy-paste examples of the partner page, generated from the CMS's operation registry, so a
 * renamed operation or parameter changes the documentation with it.
 */
import type { PartnerOperation } from './cms/partner-feed';

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function persistedUrl(base: string, op: PartnerOperation, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return `${base}${op.path}${query ? `?${query}` : ''}`;
}

export function curlPersisted(base: string, op: PartnerOperation, params: Record<string, string>): string {
  const url = persistedUrl(base, op, params);
  return [
    `curl -sS -H "Authorization: Bearer $PORTAL_TOKEN" ${shellQuote(url)}`,
    '',
    '# revalidate: send the ETag back, get 304 Not Modified while nothing was published',
    `curl -sS -o /dev/null -w '%{http_code}\\n' -H "Authorization: Bearer $PORTAL_TOKEN" \\`,
    `  -H 'If-None-Match: "<ETag from the first answer>"' ${shellQuote(url)}`,
  ].join('\n');
}

export function curlAdhoc(base: string): string {
  const body = JSON.stringify({
    query: 'query ($locale: I18NLocaleCode) { articles(locale: $locale, pagination: { pageSize: 5 }) { title slug publicationDate } }',
    variables: { locale: 'vi' },
  });
  return `curl -sS -X POST ${shellQuote(`${base}/graphql`)} \\\n  -H 'Content-Type: application/json' -H "Authorization: Bearer $PORTAL_TOKEN" \\\n  -d ${shellQuote(body)}`;
}

export function apolloCall(op: PartnerOperation, params: Record<string, string>): string {
  const name = op.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const document = op.document
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return [
    `const ${name} = gql\``,
    document,
    '`;',
    '',
    `const { data } = await client.query({`,
    `  query: ${name},`,
    `  fetchPolicy: 'no-cache',`,
    `  context: { persistedId: '${op.id}', params: ${JSON.stringify(params)} },`,
    '});',
  ].join('\n');
}

export function apolloSetup(base: string): string {
  return `import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Observable } from 'rxjs';

const CMS = '${base}';
const auth = { authorization: \`Bearer \${process.env.PORTAL_TOKEN}\` };
const known = new Map(); // url → { etag, body }

const persistedLink = new ApolloLink((operation) => new Observable((observer) => {
  const { persistedId, params = {} } = operation.getContext();
  const url = \`\${CMS}/api/partner-feed/operations/\${persistedId}?\${new URLSearchParams(params)}\`;
  const previous = known.get(url);
  fetch(url, { headers: { ...auth, ...(previous ? { 'if-none-match': previous.etag } : {}) } })
    .then(async (res) => {
      if (res.status === 304 && previous) return previous.body;
      const body = await res.json();
      if (!res.ok) throw new Error(body.error?.message ?? \`HTTP \${res.status}\`);
      known.set(url, { etag: res.headers.get('etag'), body });
      return body;
    })
    .then((body) => { observer.next(body); observer.complete(); }, (error) => observer.error(error));
}));

const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: ApolloLink.split(
    (operation) => Boolean(operation.getContext().persistedId),
    persistedLink,
    new HttpLink({ uri: \`\${CMS}/graphql\`, headers: auth }),
  ),
});`;
}
