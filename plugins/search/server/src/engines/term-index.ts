/**
 * The embedded engine's index for one locale: an inverted index over folded terms with dense slot
 * numbers, so a query is a few passes over typed arrays. MiniSearch's own scorer took 50–150 ms for
 * queries matching most of 10,000 articles (Vietnamese syllables are short and shared by most
 * news); this keeps MiniSearch's radix tree (SearchableMap) for the vocabulary — prefix and fuzzy
 * (Levenshtein) term expansion — and scores with BM25 over pre-weighted postings.
 *
 * Removal leaves a tombstone; the index compacts itself when a quarter of its slots are dead.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { fold } from '../utils/fold';
import { typoBudget } from '../utils/highlight';
import type { SearchDoc } from './types';

const FIELDS = [
  ['title', 3],
  ['tags', 2],
  ['summary', 1.5],
  ['category', 1],
  ['sourceUnit', 1],
  ['body', 1],
] as const;
type Field = (typeof FIELDS)[number][0];

const K1 = 1.2;
const B = 0.75;
const MAX_TERMS = 16;
const MAX_EXPANSIONS = 64;
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.4;

const tokens = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const fieldText = (doc: SearchDoc, field: Field) => {
  const value = doc[field];
  return Array.isArray(value) ? value.join(' ') : value;
};

interface Postings {
  slots: number[];
  weights: number[];
}

export class TermIndex {
  private docs: Array<SearchDoc | null> = [];
  private slotOf = new Map<string, number>();
  private vocab = new SearchableMap<number>();
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

  add(doc: SearchDoc): void {
    this.remove(doc.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.slotOf.set(doc.id, slot);
    this.added += 1;
    const weights = new Map<string, number>();
    for (const [field, boost] of FIELDS) {
      const terms = tokens(fieldText(doc, field));
      if (terms.length === 0) continue;
      this.lengthSum.set(field, (this.lengthSum.get(field) ?? 0) + terms.length);
      const average = this.lengthSum.get(field)! / this.added;
      const tf = new Map<string, number>();
      for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * terms.length) / average);
      for (const [term, n] of tf) weights.set(term, (weights.get(term) ?? 0) + (boost * n * (K1 + 1)) / (n + norm));
    }
    for (const [term, weight] of weights) {
      let id = this.vocab.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.vocab.set(term, id);
        this.postings.push({ slots: [], weights: [] });
      }
      this.postings[id]!.slots.push(slot);
      this.postings[id]!.weights.push(weight);
    }
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.docs[slot] = null;
    this.slotOf.delete(id);
    this.dead += 1;
    if (this.dead > 1000 && this.dead > this.docs.length / 4) this.compact();
    return true;
  }

  private compact(): void {
    const alive = [...this.values()];
    Object.assign(this, {
      docs: [],
      slotOf: new Map(),
      vocab: new SearchableMap<number>(),
      postings: [],
      lengthSum: new Map(),
      added: 0,
      dead: 0,
    });
    for (const doc of alive) this.add(doc);
  }

  /** Vocabulary terms a query term stands for, with their weight: itself, longer words it begins (last word only), near misses. */
  private expand(term: string, allowPrefix: boolean): Map<number, number> {
    const out = new Map<number, number>();
    const exact = this.vocab.get(term);
    if (exact !== undefined) out.set(exact, 1);
    if (allowPrefix && term.length >= 2) {
      for (const [key, id] of this.vocab.atPrefix(term)) {
        if (out.size >= MAX_EXPANSIONS) break;
        if (!out.has(id)) out.set(id, PREFIX_WEIGHT * (term.length / key.length) + 0.2);
      }
    }
    const budget = typoBudget(term);
    if (budget > 0) {
      for (const [, [id, distance]] of this.vocab.fuzzyGet(term, budget)) {
        if (out.size >= MAX_EXPANSIONS * 2) break;
        if (!out.has(id)) out.set(id, FUZZY_WEIGHT / distance);
      }
    }
    return out;
  }

  /**
   * Live documents containing every query term (as itself, a prefix or within the typo budget) and
   * accepted by `keep`: how many, and the first `limit` of them, best first (or newest first).
   */
  search(query: string, keep: (doc: SearchDoc) => boolean, byDate: boolean, limit: number): { total: number; docs: SearchDoc[] } {
    const terms = [...new Set(tokens(query))].slice(0, MAX_TERMS);
    if (terms.length === 0) {
      const all = this.filtered(keep);
      return { total: all.length, docs: topK(all, limit, (a, b) => b.dateTs - a.dateTs) };
    }
    const n = this.docs.length;
    const score = new Float64Array(n);
    const count = new Uint8Array(n);
    const lastTerm = new Int8Array(n).fill(-1);
    const live = this.slotOf.size || 1;
    for (const [i, term] of terms.entries()) {
      // As Meilisearch does: only the last word may be unfinished (search as you type).
      const expansions = this.expand(term, i === terms.length - 1);
      if (expansions.size === 0) return { total: 0, docs: [] };
      for (const [id, factor] of expansions) {
        const { slots, weights } = this.postings[id]!;
        const idf = Math.log(1 + (live - slots.length + 0.5) / (slots.length + 0.5));
        for (let k = 0; k < slots.length; k += 1) {
          const slot = slots[k]!;
          score[slot]! += weights[k]! * idf * factor;
          if (lastTerm[slot] !== i) {
            lastTerm[slot] = i;
            count[slot]! += 1;
          }
        }
      }
    }
    const hits: number[] = [];
    const want = terms.length;
    for (let slot = 0; slot < n; slot += 1) {
      if (count[slot] !== want) continue;
      const doc = this.docs[slot];
      if (doc && keep(doc)) hits.push(slot);
    }
    const docs = this.docs;
    const before = byDate
      ? (a: number, b: number) => docs[b]!.dateTs - docs[a]!.dateTs || score[b]! - score[a]!
      : (a: number, b: number) => score[b]! - score[a]! || docs[b]!.dateTs - docs[a]!.dateTs;
    return { total: hits.length, docs: topK(hits, limit, before).map((slot) => docs[slot]!) };
  }

  private filtered(keep: (doc: SearchDoc) => boolean): SearchDoc[] {
    const out: SearchDoc[] = [];
    for (const doc of this.docs) if (doc && keep(doc)) out.push(doc);
    return out;
  }
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
