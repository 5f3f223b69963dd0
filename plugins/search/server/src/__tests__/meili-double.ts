/**
 * A test double of the Meilisearch HTTP API: records every request, answers enqueued tasks and lets a
 * test decide how tasks end (`failTasks`), make every call fail (`status`) or hang (`delayMs`).
 * Only the routes the plugin uses exist; anything else answers 404 so a new call shows up in tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

export async function startMeiliDouble() {
  const requests: Recorded[] = [];
  const tasks = new Map<number, { uid: number; indexUid: string | null; type: string }>();
  const state = { status: 0, delayMs: 0, failTasks: false, searchHits: [] as unknown[], totalHits: 0 };
  let nextTask = 1;

  const enqueue = (indexUid: string | null, type: string) => {
    const uid = nextTask++;
    tasks.set(uid, { uid, indexUid, type });
    return { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() };
  };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://double');
      const body = raw ? JSON.parse(raw) : undefined;
      requests.push({ method: req.method ?? '', path: url.pathname, body });
      const send = (status: number, payload: unknown) => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      const answer = () => {
        if (state.status) return send(state.status, { message: 'double says no', code: 'internal', type: 'internal', link: '' });
        const index = /^\/indexes\/([^/]+)(\/.*)?$/.exec(url.pathname);
        const task = /^\/tasks\/(\d+)$/.exec(url.pathname);
        if (req.method === 'GET' && url.pathname === '/health') return send(200, { status: 'available' });
        if (req.method === 'POST' && url.pathname === '/indexes') return send(202, enqueue((body as { uid: string }).uid, 'indexCreation'));
        if (req.method === 'GET' && task) {
          const t = tasks.get(Number(task[1]));
          if (!t) return send(404, { message: 'no task', code: 'task_not_found', type: 'invalid_request', link: '' });
          const failed = state.failTasks;
          return send(200, {
            uid: t.uid,
            indexUid: t.indexUid,
            status: failed ? 'failed' : 'succeeded',
            type: t.type,
            error: failed
              ? { message: 'double: invalid document', code: 'invalid_document_fields', type: 'invalid_request', link: '' }
              : null,
            enqueuedAt: new Date().toISOString(),
            startedAt: new Date().toISOString(),
            finishedAt: new Date().toISOString(),
            duration: 'PT0.001S',
            details: {},
            canceledBy: null,
            batchUid: null,
          });
        }
        if (index) {
          const [, uid, rest = ''] = index;
          if (req.method === 'PATCH' && rest === '/settings') return send(202, enqueue(uid!, 'settingsUpdate'));
          if (req.method === 'POST' && rest === '/documents') return send(202, enqueue(uid!, 'documentAdditionOrUpdate'));
          if (req.method === 'POST' && (rest === '/documents/delete-batch' || rest === '/documents/delete'))
            return send(202, enqueue(uid!, 'documentDeletion'));
          if (req.method === 'POST' && rest === '/search') {
            const b = body as { page?: number; hitsPerPage?: number };
            return send(200, {
              hits: state.searchHits,
              query: '',
              processingTimeMs: 1,
              page: b.page ?? 1,
              hitsPerPage: b.hitsPerPage ?? 20,
              totalHits: state.totalHits,
              totalPages: 1,
            });
          }
        }
        return send(404, {
          message: `double: no route ${req.method} ${url.pathname}`,
          code: 'not_found',
          type: 'invalid_request',
          link: '',
        });
      };
      if (state.delayMs) setTimeout(answer, state.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    writes: () => requests.filter((r) => r.method !== 'GET'),
    clear: () => requests.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type MeiliDouble = Awaited<ReturnType<typeof startMeiliDouble>>;

/** One double for a test file, reset before each test. */
export function useMeiliDouble(hooks: {
  before: (fn: () => unknown) => void;
  after: (fn: () => unknown) => void;
  beforeEach: (fn: () => unknown) => void;
}) {
  let double: MeiliDouble | undefined;
  hooks.before(async () => {
    double = await startMeiliDouble();
  });
  hooks.after(() => double?.close());
  hooks.beforeEach(() => {
    double!.clear();
    Object.assign(double!.state, { status: 0, delayMs: 0, failTasks: false, searchHits: [], totalHits: 0 });
  });
  return () => double!;
}
