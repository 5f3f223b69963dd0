/**
 * The shipped nginx front (config/nginx/portal.conf) on a throwaway prefix, for tests and benchmarks:
 * the real file with only its addresses and cache path substituted (each substitution must match, so a
 * change to the shipped file is noticed here rather than silently tested against an older twin), inside
 * a main config whose pid, logs and temp folders live in that prefix. nginx runs unprivileged: as the
 * current user, or as `nobody` when that user is root (the prefix is handed to `nobody`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const PORTAL_CONF = path.resolve(__dirname, '..', 'config', 'nginx', 'portal.conf');
export const CMS_CONF = path.resolve(__dirname, '..', 'config', 'nginx', 'cms.conf');
export const TLS_CONF = path.resolve(__dirname, '..', 'config', 'nginx', 'tls.conf');
export const NGINX_BIN = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const NOBODY = 65534;

export interface PortalFront {
  /** `host:port` nginx listens on. */
  listen: string;
  /** `host:port` of `next start`, or of each web node. */
  web: string | string[];
  /** `host:port` of the CMS (visit beacons), or of each CMS node. */
  cms: string | string[];
  /** The micro-cache folder. */
  cacheDir: string;
  /** HTTPS on, as the README says: the three commented lines enabled with these files (see tlsConf). */
  tls?: PortalTls;
}

export interface PortalTls {
  /** config/nginx/tls.conf as tlsConf gave it, written to a file. */
  include: string;
  certificate: string;
  key: string;
}

/** config/nginx/portal.conf with the given addresses; throws when the shipped file no longer has them. */
export function portalConf({ listen, web, cms, cacheDir, tls }: PortalFront, source = fs.readFileSync(PORTAL_CONF, 'utf8')): string {
  const substitute = substituter(PORTAL_CONF, source);
  substitute('proxy_cache_path /var/cache/nginx/portal ', `proxy_cache_path ${cacheDir} `);
  substitute(/^( *)server 127\.0\.0\.1:3000 (.*)$/m, nodeLines(web));
  substitute(/^( *)server 127\.0\.0\.1:1337 (.*)$/m, nodeLines(cms));
  substitute(/^ *listen \[::\]:80;\n/m, '');
  if (tls) {
    substitute('#include /etc/nginx/portal/tls.conf;', `include ${tls.include};`);
    substitute('#ssl_certificate /etc/ssl/portal/fullchain.pem;', `ssl_certificate ${tls.certificate};`);
    substitute('#ssl_certificate_key /etc/ssl/portal/privkey.pem;', `ssl_certificate_key ${tls.key};`);
  }
  return substitute('listen 80;', `listen ${listen};`);
}

/** config/nginx/tls.conf listening for HTTPS on `listen` (host:port) instead of port 443. */
export function tlsConf(listen: string, source = fs.readFileSync(TLS_CONF, 'utf8')): string {
  const substitute = substituter(TLS_CONF, source);
  substitute(/^listen \[::\]:443 ssl http2;\n/m, '');
  return substitute('listen 443 ssl http2;', `listen ${listen} ssl http2;`);
}

/** config/nginx/cms.conf (the CMS front over the `portal_cms` upstream of portal.conf) listening on `listen`. */
export function cmsConf(listen: string, source = fs.readFileSync(CMS_CONF, 'utf8')): string {
  const substitute = substituter(CMS_CONF, source);
  substitute(/^ *listen \[::\]:1337;\n/m, '');
  return substitute('listen 1337;', `listen ${listen};`);
}

/** One `server` line per node, with the shipped line's parameters (max_fails, fail_timeout). */
const nodeLines = (nodes: string | string[]) => (_: string, indent: string, params: string) =>
  [nodes]
    .flat()
    .map((node) => `${indent}server ${node} ${params}`)
    .join('\n');

/** Replaces text in a shipped file, throwing when it is no longer there (so the tests notice a changed file). */
function substituter(file: string, source: string) {
  let conf = source;
  return (from: string | RegExp, to: string | ((...groups: string[]) => string)) => {
    const found = typeof from === 'string' ? conf.includes(from) : from.test(conf);
    if (!found) throw new Error(`${path.relative(process.cwd(), file)} no longer contains "${from}": update scripts/nginx-front.ts`);
    conf = typeof from === 'string' ? conf.split(from).join(to as string) : conf.replace(from, to as (...groups: string[]) => string);
    return conf;
  };
}

/** A main nginx.conf for `prefix` around `http` (server blocks, maps, upstreams). */
export function nginxConf(prefix: string, http: string, { workerConnections = 1024, accessLog = false, upstreamLog = false } = {}): string {
  // upstreamLog: one line per request with the node(s) that answered it, in prefix/upstream.log (cluster tests).
  const upstreams = upstreamLog
    ? `log_format portal_upstreams '$msec $request_method $uri $status $upstream_addr $upstream_status';\n  access_log ${prefix}/upstream.log portal_upstreams;`
    : '';
  return `worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections ${workerConnections}; }
http {
  ${accessLog ? `access_log ${prefix}/access.log;` : upstreamLog ? '' : 'access_log off;'}
  ${upstreams}
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  default_type text/html;
${http}
}
`;
}

/**
 * Write `conf` as `prefix`/nginx.conf and give the command that runs it in the foreground:
 * `nginx -p prefix -e prefix/error.log -c prefix/nginx.conf`, with the uid/gid to spawn it as.
 */
export function nginxCommand(prefix: string, conf: string): { command: string; args: string[]; uid?: number; gid?: number } {
  if (!fs.existsSync(NGINX_BIN)) throw new Error(`No nginx at ${NGINX_BIN}: install Debian's (apt-get install nginx) or set NGINX_PATH.`);
  for (const sub of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(prefix, sub), { recursive: true });
  const file = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(file, conf);
  const root = process.getuid?.() === 0;
  if (root) {
    for (const entry of [prefix, ...fs.readdirSync(prefix, { recursive: true }).map((p) => path.join(prefix, String(p)))])
      fs.chownSync(entry, NOBODY, NOBODY);
  }
  return {
    command: NGINX_BIN,
    args: ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', file],
    ...(root ? { uid: NOBODY, gid: NOBODY } : {}),
  };
}

export interface RunningNginx {
  process: ChildProcess;
  errors(): string;
  stop(): Promise<void>;
}

const listening = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Start nginx on `prefix` with `conf` and wait until it accepts connections on `listen` (host:port). */
export async function startNginx(prefix: string, conf: string, listen: string, timeoutMs = 30_000): Promise<RunningNginx> {
  const { command, args, uid, gid } = nginxCommand(prefix, conf);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], uid, gid });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const errors = () => {
    const log = path.join(prefix, 'error.log');
    return `${stderr}${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`;
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM'); // fast shutdown: the master stops its workers
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const [bracketed = '127.0.0.1', port = '80'] = listen.split(/:(?=\d+$)/);
  const host = bracketed.replace(/^\[(.*)\]$/, '$1'); // [::1] → ::1
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}):\n${errors()}`);
    if (await listening(host, Number(port))) return { process: child, errors, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not listen on ${listen}:\n${errors()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
