import { routes, type Locale } from '@/lib/routes';

/**
 * Link to the same page in the other language. The switch route finds the translated slug from
 * `from` when the page knows its own path, else from the Referer (portal.js adds `from` too).
 */
export function LanguageSwitch({ to, label, text, from }: { to: Locale; label: string; text: string; from?: string }) {
  return (
    <a
      className="language-switch"
      href={routes.switchLocale(to, from)}
      hrefLang={to}
      lang={to}
      aria-label={label}
      rel="alternate"
      data-switch-locale={from ? undefined : ''}
    >
      {text}
    </a>
  );
}
