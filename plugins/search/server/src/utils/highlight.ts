/**
 * Highlighted snippets for search hits, the same for every engine: words of the text that match a
 * query term (ignoring diacritics, as a prefix or within the typo budget) are wrapped in <mark>;
 * everything else is HTML-escaped, so a hit can be inserted into a page as is.
 */
import { fold, foldWithOffsets } from './fold';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Edit distance allowed for a query term, as Meilisearch's defaults: none under 5 letters, 1 up to 8, 2 from 9. */
export const typoBudget = (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0);

export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (max === 0) return a === b;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

export function wordMatches(word: string, terms: string[]): boolean {
  return terms.some((term) => word.startsWith(term) || withinDistance(word, term, typoBudget(term)));
}

type Range = [number, number];

/** Ranges (in the original text) of the words that match. */
function matchRanges(text: string, terms: string[]): Range[] {
  if (terms.length === 0) return [];
  const { folded, origin } = foldWithOffsets(text);
  const ranges: Range[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!wordMatches(match[0], terms)) continue;
    const start = origin[match.index]!;
    const end = origin[match.index + match[0].length]!;
    ranges.push([start, end]);
  }
  return ranges;
}

function render(text: string, ranges: Range[], from: number, to: number): string {
  let html = '';
  let cursor = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    html += escapeHtml(text.slice(cursor, Math.max(cursor, start)));
    html += `<mark>${escapeHtml(text.slice(Math.max(start, from), Math.min(end, to)))}</mark>`;
    cursor = Math.min(end, to);
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/** The whole text, escaped, with matching words marked (for titles). */
export function highlight(text: string, terms: string[]): string {
  return render(text, matchRanges(text, terms), 0, text.length);
}

/**
 * About `length` characters of the first text that has a match, centred on the first matching word and
 * cut at word boundaries, with an ellipsis where it was cut. Falls back to the start of the first text.
 */
export function snippet(texts: string[], terms: string[], length = 180): string {
  const candidates = texts.filter((t) => t.trim().length > 0);
  for (const text of candidates) {
    const ranges = matchRanges(text, terms);
    if (ranges.length === 0) continue;
    const first = ranges[0]![0];
    let from = Math.max(0, first - Math.floor(length / 3));
    let to = Math.min(text.length, from + length);
    from = Math.max(0, Math.min(from, to - length));
    if (from > 0) from = wordStart(text, from);
    if (to < text.length) to = wordEnd(text, to);
    return `${from > 0 ? '… ' : ''}${render(text, ranges, from, to).trim()}${to < text.length ? ' …' : ''}`;
  }
  const text = candidates[0] ?? '';
  const to = text.length > length ? wordEnd(text, length) : text.length;
  return escapeHtml(text.slice(0, to).trim()) + (to < text.length ? ' …' : '');
}

const wordStart = (text: string, at: number) => {
  const space = text.indexOf(' ', at);
  return space === -1 || space - at > 20 ? at : space + 1;
};
const wordEnd = (text: string, at: number) => {
  const space = text.lastIndexOf(' ', at);
  return space === -1 || at - space > 20 ? at : space;
};

/** The terms of a query as the highlighter compares them. */
export const queryTerms = (query: string) => [...new Set(fold(query).match(/[\p{L}\p{N}]+/gu) ?? [])];
