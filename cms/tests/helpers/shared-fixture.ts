/**
 * One costly fixture (the e2e stack, the test cluster) shared by every test file loaded into one process, and
 * the loader that puts a folder's test files into one process. Each file asks for the fixture in its `before`
 * hook and stops it in its `after` hook; the fixture is launched by the first file that asks and really stops
 * when the last one has stopped it. A file run on its own gets its own.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Stoppable {
  stop(): Promise<void>;
}

/** A getter of the process's one `launch()`ed fixture; every caller's `stop()` releases its share. */
export function sharedFixture<T extends Stoppable>(launch: () => Promise<T>): () => Promise<T> {
  let shared: { fixture: Promise<T>; users: number } | undefined;
  return async () => {
    shared ??= { fixture: launch(), users: 0 };
    const entry = shared;
    entry.users += 1;
    const fixture = await entry.fixture;
    let stopped = false;
    return {
      ...fixture,
      async stop() {
        if (stopped) return;
        stopped = true;
        entry.users -= 1;
        if (entry.users === 0) {
          if (shared === entry) shared = undefined;
          await fixture.stop();
        }
      },
    };
  };
}

/**
 * Loads every `*.test.ts` file of `dir` into this process, `last` at the end. Files are found here, so a new one is
 * included without editing a list; they are loaded synchronously, so every file's hooks and tests are registered
 * before the first runs.
 */
export function loadTestFiles(dir: string, last: string): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort((a, b) => Number(a === last) - Number(b === last) || a.localeCompare(b));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous loading is the point (see above)
  for (const file of files) require(path.join(dir, file));
}
