/**
 * The embedded engine's index for one locale: an inverted index over folded terms with dense slot
 * numbers, so a query is a few passes over typed arrays. MiniSearch's own scorer took 50–150 ms for
 * queries matching most of 10,000 articles (Vietnamese syllables are short and shared by most
 * news); this keeps MiniSearch's radix tree (SearchableMap) for the vocabulary — prefix and fuzzy
 * (Levenshtein, plus swapped neighbours) term expansion — scores with BM25 over pre-weighted
 * postings, and ranks hits as ranking.ts says (typos, phrase, title, summary, BM25, date). Each
 * document keeps its term ids per field for the phrase check.
 *
 * Typos: words of 5 letters or more get Meilisearch's budget (1, 2 from 9). Vietnamese syllables are
 * shorter, so when a query finds nothing it is tried again with one typo allowed in one short word
 * (3 letters or more); either way a hit found through a typo yields a corrected query (`suggestion`)
 * written as that hit writes the words, diacritics included.
 *
 * Removal leaves a tombstone; the index compacts itself when a quarter of its slots are dead.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { fold } from '../utils/fold';
import { typoBudget } from '../utils/highlight';
import { byRelevance, rankHit, SEP, type RankKeys, type Sequences } from './ranking';
import type { SearchDoc } from './types';

/** Field, BM25 boost, and where it counts for the phrase and field ranks (0 title, 1 summary, 2 rest). */
const FIELDS = [
  ['title', 3, 0],
  ['summary', 1.5, 1],
  ['tags', 2, 2],
  ['category', 1, 2],
  ['sourceUnit', 1, 2],
  ['body', 1, 2],
] as const;
type Field = (typeof FIELDS)[number][0];
/** Fields whose spelling (with diacritics) is remembered for suggestions. */
const SPELLED: ReadonlySet<Field> = new Set(['title', 'summary', 'tags']);

const K1 = 1.2;
const B = 0.75;
const MAX_TERMS = 16;
const MAX_EXPANSIONS = 64;
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.4;
const SHORT_TYPO_MIN_LENGTH = 3;
const WORD = /[\p{L}\p{N}]+/gu;

const tokens = (text: string) => fold(text).match(WORD) ?? [];
/** The words of `text` as written (lower case, diacritics kept): the spellings suggestions are made of. */
const writtenWords = (text: string) => text.normalize('NFC').toLowerCase().match(WORD) ?? [];
const parts = (doc: SearchDoc, field: Field): string[] => {
  const value = doc[field];
  return Array.isArray(value) ? value : [value];
};

interface Postings {
  slots: number[];
  weights: number[];
}

/** A vocabulary term a query word stands for: how much it counts and how many typos it costs. */
interface Expansion {
  id: number;
  factor: number;
  typos: number;
  /** A typo in a word shorter than Meilisearch's minimum (at most one per hit). */
  short: boolean;
}

export interface TermSearchResult {
  total: number;
  docs: SearchDoc[];
  /** The query with its misspelt words replaced by the best hit's words, when that hit needed a typo. */
  suggestion?: string;
}

export class TermIndex {
  private docs: Array<SearchDoc | null> = [];
  private sequences: Array<Sequences | null> = [];
  private slotOf = new Map<string, number>();
  private vocab = new SearchableMap<number>();
  private terms: string[] = [];
  private spellings: Array<Map<string, number> | undefined> = [];
  private postings: Postings[] = [];
  private lengthSum = new Map<Field, number>();
  private added = 0;
  private dead = 0;

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  *values(): IterableIterator<SearchDoc> {
    for (const doc of this.docs) if (doc) yield doc;
  }

  private termId(term: string): number {
    let id = this.vocab.get(term);
    if (id === undefined) {
      id = this.postings.length;
      this.vocab.set(term, id);
      this.terms.push(term);
      this.spellings.push(undefined);
      this.postings.push({ slots: [], weights: [] });
    }
    return id;
  }

  /** Counts how the words of `text` are written (lower case, with diacritics), aligned with their ids. */
  private noteSpellings(text: string, ids: number[]): void {
    const words = writtenWords(text);
    if (words.length !== ids.length) return;
    for (const [i, word] of words.entries()) {
      const seen = (this.spellings[ids[i]!] ??= new Map());
      if (seen.size < 8 || seen.has(word)) seen.set(word, (seen.get(word) ?? 0) + 1);
    }
  }

  /** The commonest spelling of a vocabulary term. */
  private spelling(id: number): string {
    let best = this.terms[id]!;
    let most = 0;
    for (const [word, n] of this.spellings[id] ?? []) if (n > most) [best, most] = [word, n];
    return best;
  }

  add(doc: SearchDoc): void {
    this.remove(doc.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.slotOf.set(doc.id, slot);
    this.added += 1;
    const weights = new Map<number, number>();
    const groups: number[][] = [[], [], []];
    for (const [field, boost, group] of FIELDS) {
      const fieldIds: number[] = [];
      for (const part of parts(doc, field)) {
        const ids = tokens(part).map((term) => this.termId(term));
        if (ids.length === 0) continue;
        if (SPELLED.has(field)) this.noteSpellings(part, ids);
        if (groups[group]!.length) groups[group]!.push(SEP);
        for (const id of ids) groups[group]!.push(id);
        fieldIds.push(...ids);
      }
      if (fieldIds.length === 0) continue;
      this.lengthSum.set(field, (this.lengthSum.get(field) ?? 0) + fieldIds.length);
      const average = this.lengthSum.get(field)! / this.added;
      const tf = new Map<number, number>();
      for (const id of fieldIds) tf.set(id, (tf.get(id) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * fieldIds.length) / average);
      for (const [id, n] of tf) weights.set(id, (weights.get(id) ?? 0) + (boost * n * (K1 + 1)) / (n + norm));
    }
    this.sequences.push(groups.map((g) => Uint32Array.from(g)) as unknown as Sequences);
    for (const [id, weight] of weights) {
      this.postings[id]!.slots.push(slot);
      this.postings[id]!.weights.push(weight);
    }
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.docs[slot] = null;
    this.sequences[slot] = null;
    this.slotOf.delete(id);
    this.dead += 1;
    if (this.dead > 1000 && this.dead > this.docs.length / 4) this.compact();
    return true;
  }

  private compact(): void {
    const alive = [...this.values()];
    Object.assign(this, {
      docs: [],
      sequences: [],
      slotOf: new Map(),
      vocab: new SearchableMap<number>(),
      terms: [],
      spellings: [],
      postings: [],
      lengthSum: new Map(),
      added: 0,
      dead: 0,
    });
    for (const doc of alive) this.add(doc);
  }

  /**
   * Vocabulary terms a query word stands for: itself, longer words it begins (last word only), near
   * misses within its typo budget (`shortTypo`: one for a short word too). Fewest typos first.
   */
  private expand(term: string, allowPrefix: boolean, shortTypo: boolean): Expansion[] {
    const out = new Map<number, Expansion>();
    const exact = this.vocab.get(term);
    if (exact !== undefined) out.set(exact, { id: exact, factor: 1, typos: 0, short: false });
    if (allowPrefix && term.length >= 2) {
      for (const [key, id] of this.vocab.atPrefix(term)) {
        if (out.size >= MAX_EXPANSIONS) break;
        if (!out.has(id)) out.set(id, { id, factor: PREFIX_WEIGHT * (term.length / key.length) + 0.2, typos: 0, short: false });
      }
    }
    const long = typoBudget(term);
    const budget = long || (shortTypo && term.length >= SHORT_TYPO_MIN_LENGTH ? 1 : 0);
    if (budget > 0) {
      const near = (id: number, typos: number) => {
        if (!out.has(id) && typos > 0) out.set(id, { id, factor: FUZZY_WEIGHT / typos, typos, short: long === 0 });
      };
      for (const [, [id, distance]] of this.vocab.fuzzyGet(term, budget)) {
        if (out.size >= MAX_EXPANSIONS * 2) break;
        near(id, distance);
      }
      // Two neighbours swapped ("refrom") are one typo, as Meilisearch counts them.
      for (let i = 0; i + 1 < term.length; i += 1) {
        const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
        const id = swapped === term ? undefined : this.vocab.get(swapped);
        if (id !== undefined) near(id, 1);
      }
    }
    const df = (e: Expansion) => this.postings[e.id]!.slots.length;
    return [...out.values()].sort((a, b) => a.typos - b.typos || df(b) - df(a));
  }

  /**
   * Live documents containing every query word (as itself, a prefix or within the typo budget) and
   * accepted by `keep`: how many, and the first `limit` of them, best first (or newest first).
   */
  search(query: string, keep: (doc: SearchDoc) => boolean, byDate: boolean, limit: number): TermSearchResult {
    const terms = [...new Set(tokens(query))].slice(0, MAX_TERMS);
    if (terms.length === 0) {
      const all = this.filtered(keep);
      return { total: all.length, docs: topK(all, limit, (a, b) => b.dateTs - a.dateTs) };
    }
    let found = this.find(terms, keep, byDate, limit, false);
    if (found.hits.length === 0) found = this.find(terms, keep, byDate, limit, true);
    const docs = found.top.map((slot) => this.docs[slot]!);
    const best = byDate ? found.bestByRelevance : found.top[0];
    return { total: found.hits.length, docs, suggestion: best === undefined ? undefined : this.suggest(query, best, found) };
  }

  private find(terms: string[], keep: (doc: SearchDoc) => boolean, byDate: boolean, limit: number, shortTypo: boolean) {
    const n = this.docs.length;
    const keys: RankKeys = {
      typos: new Uint8Array(n),
      phrase: new Uint8Array(n),
      inTitle: new Uint8Array(n),
      inSummary: new Uint8Array(n),
      score: new Float64Array(n),
    };
    const count = new Uint8Array(n);
    const shortTypos = new Uint8Array(n);
    const termScore = new Float64Array(n);
    const lastTerm = new Int8Array(n).fill(-1);
    const masks = new Uint16Array(this.postings.length);
    const expansions: Expansion[][] = [];
    const live = this.slotOf.size || 1;
    for (const [i, term] of terms.entries()) {
      // As Meilisearch does: only the last word may be unfinished (search as you type).
      const expanded = this.expand(term, i === terms.length - 1, shortTypo);
      expansions.push(expanded);
      if (expanded.length === 0) return { hits: [], top: [], expansions, bestByRelevance: undefined, typos: undefined };
      for (const e of expanded) {
        masks[e.id]! |= 1 << i;
        const { slots, weights } = this.postings[e.id]!;
        const idf = Math.log(1 + (live - slots.length + 0.5) / (slots.length + 0.5));
        for (let k = 0; k < slots.length; k += 1) {
          const slot = slots[k]!;
          const gain = weights[k]! * idf * e.factor;
          // A word counts once per document, through its best-scoring term and its fewest typos.
          if (lastTerm[slot] !== i) {
            lastTerm[slot] = i;
            count[slot]! += 1;
            keys.typos[slot]! += e.typos;
            if (e.short) shortTypos[slot]! += 1;
            termScore[slot] = gain;
            keys.score[slot]! += gain;
          } else if (gain > termScore[slot]!) {
            keys.score[slot]! += gain - termScore[slot]!;
            termScore[slot] = gain;
          }
        }
      }
    }
    const hits: number[] = [];
    const want = terms.length;
    for (let slot = 0; slot < n; slot += 1) {
      if (count[slot] !== want || shortTypos[slot]! > 1) continue;
      const doc = this.docs[slot];
      if (doc && keep(doc)) {
        hits.push(slot);
        rankHit(slot, this.sequences[slot]!, want, masks, keys);
      }
    }
    const docs = this.docs;
    const relevance = byRelevance(keys, (slot) => docs[slot]!.dateTs);
    const before = byDate ? (a: number, b: number) => docs[b]!.dateTs - docs[a]!.dateTs || relevance(a, b) : relevance;
    const top = topK(hits, limit, before);
    const bestByRelevance = byDate ? topK(hits.slice(), 1, relevance)[0] : top[0];
    return { hits, top, expansions, bestByRelevance, typos: keys.typos };
  }

  /**
   * The query as the hit in `slot` writes it, when it needed a typo; else undefined. Every word takes
   * the hit's own spelling (its title first, then summary, tags, body), so "cai cach hanh chnh" is
   * offered as "cải cách hành chính", never half with and half without diacritics; a word the hit
   * holds only as a longer word (search as you type) stays as typed.
   */
  private suggest(query: string, slot: number, found: { expansions: Expansion[][]; typos?: Uint8Array }): string | undefined {
    if (!found.typos?.[slot]) return undefined;
    const terms = [...new Set(tokens(query))].slice(0, MAX_TERMS);
    const matched = new Map<string, number>();
    for (const [i, expanded] of found.expansions.entries()) {
      const match = expanded.find((e) => hasSlot(this.postings[e.id]!.slots, slot));
      if (match && (match.typos > 0 || this.terms[match.id] === terms[i])) matched.set(terms[i]!, match.id);
    }
    const written = this.writtenIn(this.docs[slot]!, new Set([...matched.values()].map((id) => this.terms[id]!)));
    const words = query.normalize('NFC').match(WORD) ?? [];
    return words
      .map((word) => {
        const id = matched.get(fold(word));
        return id === undefined ? word : (written.get(this.terms[id]!) ?? this.spelling(id));
      })
      .join(' ');
  }

  /** How `doc` writes each of the folded `wanted` terms (lower case, first in title, summary, tags, body). */
  private writtenIn(doc: SearchDoc, wanted: Set<string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const text of (['title', 'summary', 'tags', 'body'] as const).flatMap((field) => parts(doc, field))) {
      for (const word of writtenWords(text)) {
        const term = fold(word);
        if (wanted.has(term) && !out.has(term)) out.set(term, word);
      }
      if (out.size === wanted.size) break;
    }
    return out;
  }

  private filtered(keep: (doc: SearchDoc) => boolean): SearchDoc[] {
    const out: SearchDoc[] = [];
    for (const doc of this.docs) if (doc && keep(doc)) out.push(doc);
    return out;
  }
}

/** Whether ascending `slots` holds `slot` (binary search). */
function hasSlot(slots: number[], slot: number): boolean {
  let lo = 0;
  let hi = slots.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid] === slot) return true;
    if (slots[mid]! < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The first `k` items in `before` order, sorted, without sorting everything: a 10,000-hit query only
 * needs the 10–30 items up to the requested page.
 */
export function topK<T>(items: T[], k: number, before: (a: T, b: T) => number): T[] {
  if (items.length <= k * 4) return items.sort(before).slice(0, k);
  // A max-heap (by `before`) of the best k seen so far: its root is the worst of them.
  const heap: T[] = [];
  const worse = (i: number, j: number) => before(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (before(item, heap[0]!) < 0) {
      heap[0] = item;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < k && worse(l, top)) top = l;
        if (r < k && worse(r, top)) top = r;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap.sort(before);
}
