'use client';

import { usePathname } from 'next/navigation';
import { routes, type Locale } from '@/lib/routes';

/** Links to the same page in the other language; the server resolves the translated slug. */
export function LanguageSwitch({ to, label, text }: { to: Locale; label: string; text: string }) {
  const pathname = usePathname() ?? '/';
  return (
    <a className="language-switch" href={routes.switchLocale(to, pathname)} hrefLang={to} lang={to} aria-label={label} rel="alternate">
      {text}
    </a>
  );
}
