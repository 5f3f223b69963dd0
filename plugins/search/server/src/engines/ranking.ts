/**
 * The order of relevance shared by both engines (Meilisearch gets the same order as its ranking
 * rules, see meilisearch.ts): fewer typos first, then the query's words adjacent and in order (in
 * the title, else the summary, else the rest), then how many of them the title and then the summary
 * hold, then BM25, and the date only to break ties.
 */

/** Separates fields (and tags) in a document's term sequence, so a phrase never spans two of them. */
export const SEP = 0xffffffff;

/** Where a document holds the query as a phrase: 0 title, 1 summary, 2 elsewhere, 3 nowhere. */
export const PHRASE_NOWHERE = 3;

/** Term ids of a document's title, its summary and the rest (tags, category, source unit, body). */
export type Sequences = readonly [Uint32Array, Uint32Array, Uint32Array];

/** The query positions (bit i = word i) each vocabulary id stands for, in one query. */
export type QueryMasks = Uint16Array;

/** The query words (as a bit set) one field holds. */
export function fieldMask(seq: Uint32Array, masks: QueryMasks): number {
  let mask = 0;
  for (let j = 0; j < seq.length; j += 1) {
    const id = seq[j]!;
    if (id !== SEP) mask |= masks[id]!;
  }
  return mask;
}

export function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n += 1;
  return n;
}

/** Whether the field holds the query's `words` words next to each other, in the query's order. */
export function hasPhrase(seq: Uint32Array, words: number, masks: QueryMasks): boolean {
  outer: for (let j = 0; j + words <= seq.length; j += 1) {
    for (let k = 0; k < words; k += 1) {
      const id = seq[j + k]!;
      if (id === SEP || !(masks[id]! & (1 << k))) continue outer;
    }
    return true;
  }
  return false;
}

export interface RankKeys {
  typos: Uint8Array;
  phrase: Uint8Array;
  inTitle: Uint8Array;
  inSummary: Uint8Array;
  score: Float64Array;
}

/** Fills the phrase and field keys of one hit. */
export function rankHit(slot: number, seqs: Sequences, words: number, masks: QueryMasks, keys: RankKeys): void {
  const [title, summary, rest] = seqs;
  keys.inTitle[slot] = popcount(fieldMask(title, masks));
  keys.inSummary[slot] = popcount(fieldMask(summary, masks));
  if (words === 1) keys.phrase[slot] = 0;
  else if (keys.inTitle[slot] === words && hasPhrase(title, words, masks)) keys.phrase[slot] = 0;
  else if (keys.inSummary[slot] === words && hasPhrase(summary, words, masks)) keys.phrase[slot] = 1;
  else keys.phrase[slot] = hasPhrase(rest, words, masks) ? 2 : PHRASE_NOWHERE;
}

/** Relevance order of two hits (negative: `a` first). */
export const byRelevance =
  (keys: RankKeys, dateOf: (slot: number) => number) =>
  (a: number, b: number): number =>
    keys.typos[a]! - keys.typos[b]! ||
    keys.phrase[a]! - keys.phrase[b]! ||
    keys.inTitle[b]! - keys.inTitle[a]! ||
    keys.inSummary[b]! - keys.inSummary[a]! ||
    keys.score[b]! - keys.score[a]! ||
    dateOf(b) - dateOf(a);
