/** Figures of a rating summary, computed from the aggregate row (never from the ratings themselves). */
export interface RatingTotals {
  count: number;
  sum: number;
  histogram: [number, number, number, number, number];
}

export const emptyTotals = (): RatingTotals => ({ count: 0, sum: 0, histogram: [0, 0, 0, 0, 0] });

/** The totals after a visitor's vote: a new vote adds one; a changed vote moves one between stars. */
export function applyVote(totals: RatingTotals, stars: number, previous: number | null): RatingTotals {
  const histogram = [...totals.histogram] as RatingTotals['histogram'];
  if (previous !== null) {
    histogram[previous - 1]! -= 1;
    histogram[stars - 1]! += 1;
    return { count: totals.count, sum: totals.sum - previous + stars, histogram };
  }
  histogram[stars - 1]! += 1;
  return { count: totals.count + 1, sum: totals.sum + stars, histogram };
}

export const average = (t: Pick<RatingTotals, 'count' | 'sum'>): number => (t.count ? round2(t.sum / t.count) : 0);

/**
 * Bayesian average for "top rated" lists: the article's votes plus `weight` imaginary votes at the
 * site-wide mean, so one 5-star vote does not outrank fifty 4.8-star ones.
 */
export function bayesianAverage(t: Pick<RatingTotals, 'count' | 'sum'>, priorMean: number, weight: number): number {
  if (t.count === 0 && weight === 0) return 0;
  return round2((weight * priorMean + t.sum) / (weight + t.count));
}

const round2 = (n: number) => Math.round(n * 100) / 100;
