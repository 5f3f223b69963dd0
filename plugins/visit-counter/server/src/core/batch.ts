/** One page view, after the visitor has been identified and bots filtered out. */
export interface Hit {
  visitor: string;
  day: string;
  at: number;
  /** documentId of a published article the page shows, if any. */
  article: string | null;
}

export interface DayTally {
  hits: number;
  visitors: Set<string>;
}

/** Hits gathered while the previous batch was being written: applied to the store in one go. */
export class Batch {
  hits = 0;
  readonly days = new Map<string, DayTally>();
  readonly online = new Map<string, number>();
  readonly articleViews: Array<{ visitor: string; article: string; day: string; at: number }> = [];

  add(hit: Hit): void {
    this.hits += 1;
    let day = this.days.get(hit.day);
    if (!day) this.days.set(hit.day, (day = { hits: 0, visitors: new Set() }));
    day.hits += 1;
    day.visitors.add(hit.visitor);
    this.online.set(hit.visitor, hit.at);
    if (hit.article) this.articleViews.push({ visitor: hit.visitor, article: hit.article, day: hit.day, at: hit.at });
  }
}

/** Where counts live. `commit` applies a whole batch atomically: all of it or none of it. */
export interface Store {
  readonly kind: 'database' | 'redis';
  init(): Promise<void>;
  commit(batch: Batch): Promise<void>;
  /** Move buffered counts to the database (Redis mode); a no-op where commits are already durable. */
  flush(): Promise<void>;
  close(): Promise<void>;
  siteTotal(): Promise<number>;
  day(day: string): Promise<{ hits: number; visitors: number }>;
  online(now: number): Promise<number>;
  articleViews(ids: string[]): Promise<Map<string, number>>;
}

type Done = (error: Error | null) => void;

/**
 * Group commit: hits that arrive while a batch is being written wait together for the next write,
 * and each is acknowledged only once the write that holds it has committed. One write per batch keeps
 * the hit path cheap under load; acknowledging after the commit means a restart (or a crash, in
 * database mode) never loses a hit that was answered 204.
 */
export class Collector {
  private batch = new Batch();
  private waiting: Done[] = [];
  private inFlight = new Set<Promise<void>>();
  private scheduled = false;
  private closed = false;

  /**
   * @param maxInFlight batches written at the same time. 1 where writes serialise anyway (the database);
   *   more for Redis, whose scripts are atomic one by one, so a batch need not wait for the previous
   *   round trip.
   */
  constructor(
    private readonly store: Store,
    private readonly onError: (error: unknown) => void,
    private readonly maxInFlight = 1,
  ) {}

  get accepting(): boolean {
    return !this.closed;
  }

  add(hit: Hit, done: Done): void {
    if (this.closed) return done(new Error('closed'));
    this.batch.add(hit);
    this.waiting.push(done);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight.size >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.write();
    });
  }

  private write(): void {
    if (this.inFlight.size >= this.maxInFlight || this.waiting.length === 0) return;
    const batch = this.batch;
    const waiting = this.waiting;
    this.batch = new Batch();
    this.waiting = [];
    const writing: Promise<void> = this.store.commit(batch).then(
      () => {
        for (const done of waiting) done(null);
      },
      (error: unknown) => {
        this.onError(error);
        const failure = error instanceof Error ? error : new Error(String(error));
        for (const done of waiting) done(failure);
      },
    );
    this.inFlight.add(writing);
    void writing.finally(() => {
      this.inFlight.delete(writing);
      if (this.waiting.length) this.schedule();
    });
  }

  /** Stop taking hits and wait until every accepted hit is written. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.inFlight.size || this.waiting.length) {
      if (this.waiting.length && this.inFlight.size < this.maxInFlight) this.write();
      else await Promise.race(this.inFlight);
    }
  }
}
