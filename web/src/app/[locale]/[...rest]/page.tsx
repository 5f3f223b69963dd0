import { notFound } from 'next/navigation';

// Any other path under /vi or /en: the localized 404 page, with status 404.
export default function UnknownPage(): never {
  notFound();
}
