import type { ReactElement } from 'react';

/**
 * Render a server-only element tree (no client components) to a complete HTML string.
 * Loaded lazily: react-dom/server is only needed by the plain-document routes.
 */
export async function renderDocument(element: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server.edge');
  return `<!DOCTYPE html>${renderToStaticMarkup(element)}`;
}

export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
