/** Dates and numbers as Vietnamese and English readers expect them (portal time zone: Asia/Ho_Chi_Minh). */
import type { Locale } from '../routes';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** "12/03/2020" (vi) or "12 March 2020" (en). */
export function formatDate(iso: string, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(new Date(iso));
}

/** "Thứ Năm, 12/03/2020 08:30" (vi) or "Thursday 12 March 2020, 08:30" (en). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  const weekday = new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', timeZone: TIME_ZONE }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE }).format(date);
  const day = formatDate(iso, locale);
  return locale === 'vi' ? `${capitalize(weekday)}, ${day} ${time}` : `${weekday} ${day}, ${time}`;
}

/** Vietnamese groups thousands with dots (137.814), English with commas (137,814). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);

/** "99,50 %" (vi) or "99.50%" (en); a dash when there is nothing to divide by. */
export function formatPercent(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
