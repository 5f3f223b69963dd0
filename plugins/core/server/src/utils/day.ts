/** Calendar day (YYYY-MM-DD) of an instant in a time zone, cached per second: it runs on every hit. */
export function dayClock(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  let cachedSecond = -1;
  let cachedDay = '';
  return (now = Date.now()): string => {
    const second = Math.floor(now / 1000);
    if (second !== cachedSecond) {
      cachedSecond = second;
      cachedDay = format.format(now);
    }
    return cachedDay;
  };
}

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string, count = 1): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - count);
  return date.toISOString().slice(0, 10);
}
