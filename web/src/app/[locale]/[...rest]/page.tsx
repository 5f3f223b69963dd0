import { notFound } from 'next/navigation';

// Any other path under /vi or /en: the localized 404 page, with status 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export default function UnknownPage(): never {
  notFound();
}
