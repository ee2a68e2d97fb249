// Fixture servers: one plain-HTTP and one HTTPS server on 127.0.0.1 (ports are parameters; 0 picks
// a free port), each with a WebSocket echo. Both answer for every fixture host and route on the
// Host header, so the browser only has to map host:80 and host:443 to these two ports.
//
//   store.test / other.test / widget.chatvendor.test  static fixture files (tests/fixtures/store)
//   every other host (the "AI" hosts)                 a small API: CORS, JSON echo for POSTs, SSE,
//                                                      a 1x1 GIF, compat helpers, WebSocket echo
//
// Every request is logged in `received` (method, host, path+query, headers, body bytes, time);
// WebSocket handshakes and messages are logged too. `reset()` clears the log.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { certificateFor } from './certs.mjs';
import { storeApiFor, walkFileFor } from './walk-routes.mjs';
import { AI_HOSTS, FIXTURE_HOSTS, OTHER_HOST, PLAIN_AI_HOST, STORE_HOST, WIDGET_HOST } from './hosts.mjs';

export const FIXTURE_ROOT = fileURLToPath(new URL('../fixtures/store/', import.meta.url));

/**
 * @typedef {object} ReceivedEntry
 * @property {'http' | 'ws-open' | 'ws-message'} kind
 * @property {'http' | 'https'} scheme
 * @property {string} method   HTTP method ('GET' for ws-open, 'WS' for ws-message)
 * @property {string} host     Host header without the port
 * @property {string} path     path + query as received
 * @property {string} url      scheme://host/path reconstructed (port-less)
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {Buffer} body     request body, or the WebSocket message bytes
 * @property {boolean} [binary] ws-message only: true for a binary frame
 * @property {number} time     Date.now() when the request (or message) was complete
 */

/**
 * @typedef {object} FixtureServers
 * @property {number} httpPort
 * @property {number} httpsPort
 * @property {ReceivedEntry[]} received
 * @property {() => void} reset
 * @property {(pred: (e: ReceivedEntry) => boolean, timeoutMs?: number) => Promise<ReceivedEntry>} waitForReceived
 * @property {() => Promise<void>} close
 */

const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

const MIME = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
});

/** @param {string | undefined} hostHeader */
function hostOf(hostHeader) {
  return (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Map a store.test / other.test / widget path to a fixture file (relative to FIXTURE_ROOT).
 * @param {string} host
 * @param {URL} url
 * @returns {string | null}
 */
function staticFileFor(host, url) {
  const p = url.pathname;
  if (p.includes('..')) return null;
  if (host === STORE_HOST) {
    const walk = walkFileFor(url);
    if (walk) return walk;
    if (p.startsWith('/wp-content/')) return p.slice(1);
    if (p === '/' && url.searchParams.has('s')) return 'pages/search.html';
    if (p === '/' || p === '/shop/') return 'pages/shop.html';
    if (/^\/product\/[a-z0-9-]+\/$/.test(p)) return 'pages/product.html';
    if (p.startsWith('/spa/')) return 'pages/spa.html'; // SPA routes all serve the same shell
    const page = /^\/(cart|checkout|my-account|burst|compat|embedded|bad-input|typed-checkout|hostile-[a-z-]+|hostile4-[a-z]+)\/$/.exec(p)?.[1];
    return page ? `pages/${page}.html` : null;
  }
  if (host === OTHER_HOST) {
    if (p === '/') return 'other/index.html';
    if (p === '/frames-store/') return 'other/frames-store.html';
    if (p.startsWith('/assets/')) return `other${p}`;
    return null;
  }
  if (host === WIDGET_HOST) {
    if (p === '/embed') return 'widget/embed.html';
    if (p.startsWith('/static/')) return `widget${p}`;
  }
  return null;
}

/**
 * CORS headers for the API hosts. Echoes the Origin (and requested headers/method) when there is
 * one, so credentialed requests (sendBeacon, `credentials: 'include'`) pass too; `*` otherwise.
 * @param {http.IncomingMessage} req
 */
function corsHeaders(req) {
  const origin = req.headers.origin;
  const reqHeaders = req.headers['access-control-request-headers'];
  const reqMethod = req.headers['access-control-request-method'];
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-allow-headers': typeof reqHeaders === 'string' && origin ? reqHeaders : '*',
    'access-control-allow-methods': typeof reqMethod === 'string' && origin ? reqMethod : '*',
    'access-control-expose-headers': '*',
    'access-control-max-age': '600',
    ...(origin ? { 'access-control-allow-credentials': 'true', vary: 'Origin' } : {}),
  };
}

/**
 * @param {{ httpPort?: number, httpsPort?: number, host?: string, quiet?: boolean, latencyMs?: number }} [options]
 *   latencyMs delays every response (benchmarks: a store across a network rather than on loopback)
 * @returns {Promise<FixtureServers>}
 */
export async function startServers({ httpPort = 0, httpsPort = 0, host = '127.0.0.1', quiet = true, latencyMs = 0 } = {}) {
  /** @type {ReceivedEntry[]} */
  const received = [];
  const events = new EventEmitter();
  events.setMaxListeners(1000);
  /** @param {ReceivedEntry} entry */
  const log = (entry) => {
    received.push(entry);
    events.emit('entry', entry);
  };
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();

  /**
   * @param {'http' | 'https'} scheme
   * @returns {http.RequestListener}
   */
  const handler = (scheme) => async (req, res) => {
    const chunks = /** @type {Buffer[]} */ ([]);
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const reqHost = hostOf(req.headers.host);
    const pathAndQuery = req.url ?? '/';
    log({
      kind: 'http',
      scheme,
      method: req.method ?? 'GET',
      host: reqHost,
      path: pathAndQuery,
      url: `${scheme}://${reqHost}${pathAndQuery}`,
      headers: req.headers,
      body,
      time: Date.now(),
    });
    try {
      await respond(scheme, reqHost, req, res, body.length);
    } catch (err) {
      if (!quiet) console.error('[fixture-server]', err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    }
  };

  /**
   * @param {'http' | 'https'} scheme
   * @param {string} reqHost
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {number} bytes request body size
   */
  async function respond(scheme, reqHost, req, res, bytes) {
    const url = new URL(req.url ?? '/', `${scheme}://${reqHost || 'unknown.invalid'}`);
    if (!FIXTURE_HOSTS.includes(reqHost)) {
      res.writeHead(421, { 'content-type': 'text/plain' });
      res.end(`not a fixture host: ${reqHost}`);
      return;
    }
    const delay = Number(url.searchParams.get('delay') ?? 0) + latencyMs;
    if (delay > 0) await sleep(Math.min(delay, 10_000));

    if (reqHost === STORE_HOST || reqHost === OTHER_HOST || reqHost === WIDGET_HOST) {
      if (reqHost === STORE_HOST && url.pathname === '/wp-json/compat/v1/ping') {
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        res.end('pong');
        return;
      }
      const api = reqHost === STORE_HOST ? storeApiFor(url, req.method ?? 'GET') : null;
      if (api) {
        res.writeHead(api.status, api.headers);
        res.end(await readFile(path.join(FIXTURE_ROOT, '../store-api', api.file)));
        return;
      }
      const file = staticFileFor(reqHost, url);
      if (file && (req.method === 'GET' || req.method === 'HEAD')) {
        try {
          const data = await readFile(path.join(FIXTURE_ROOT, file));
          res.writeHead(200, {
            'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          });
          res.end(req.method === 'HEAD' ? undefined : data);
          return;
        } catch {
          // fall through to 404
        }
      }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>Not found</title><h1>404</h1>');
      return;
    }

    // --- API hosts ---
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    const p = url.pathname;
    if (p.endsWith('.gif')) {
      res.writeHead(200, { ...cors, 'content-type': 'image/gif', 'cache-control': 'no-store' });
      res.end(GIF_1X1);
      return;
    }
    if (p === '/compat/text') {
      res.writeHead(200, { ...cors, 'content-type': 'text/plain; charset=utf-8' });
      res.end('hello from the compat endpoint ✓');
      return;
    }
    if (p === '/compat/json') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ a: 1, list: [1, 2, 3], s: 'ünïcode' }));
      return;
    }
    if (p === '/compat/bin') {
      res.writeHead(200, { ...cors, 'content-type': 'application/octet-stream' });
      res.end(Buffer.from([0, 1, 2, 3, 250, 251, 252, 253, 254, 255]));
      return;
    }
    if (p === '/compat/stream') {
      res.writeHead(200, { ...cors, 'content-type': 'text/plain; charset=utf-8' });
      for (const part of ['chunk-1;', 'chunk-2;', 'chunk-3;']) {
        res.write(part);
        await sleep(40);
      }
      res.end();
      return;
    }
    if (p === '/compat/slow') {
      // Answers late; the compat page aborts it long before.
      await sleep(5000);
      if (!res.destroyed) {
        res.writeHead(200, { ...cors, 'content-type': 'text/plain' });
        res.end('too late');
      }
      return;
    }
    if (req.headers.accept === 'text/event-stream' || p.endsWith('/stream')) {
      res.writeHead(200, {
        ...cors,
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      // A long retry so a closed stream is not re-requested during a test.
      res.write('retry: 600000\n\n');
      let n = 0;
      const timer = setInterval(() => {
        n += 1;
        res.write(`id: ${n}\ndata: ${JSON.stringify({ delta: `token-${n}`, n })}\n\n`);
        if (n >= 100) {
          clearInterval(timer);
          res.end();
        }
      }, 50);
      req.socket.once('close', () => clearInterval(timer));
      return;
    }
    if (req.method === 'POST' || req.method === 'PUT') {
      // A form posted into an iframe gets a document back; scripts get JSON.
      if (req.headers['sec-fetch-dest'] === 'iframe' || req.headers['sec-fetch-dest'] === 'document') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><title>ok</title><p>received ${bytes} bytes</p>`);
        return;
      }
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, host: reqHost, path: p, bytes }));
      return;
    }
    if (req.method === 'GET') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, host: reqHost, path: p }));
      return;
    }
    res.writeHead(405, cors);
    res.end();
  }

  const wss = new WebSocketServer({ noServer: true });
  /**
   * @param {'http' | 'https'} scheme
   * @returns {(req: http.IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => void}
   */
  const upgrade = (scheme) => (req, socket, head) => {
    const reqHost = hostOf(req.headers.host);
    const pathAndQuery = req.url ?? '/';
    const wsScheme = scheme === 'https' ? 'wss' : 'ws';
    log({
      kind: 'ws-open',
      scheme,
      method: 'GET',
      host: reqHost,
      path: pathAndQuery,
      url: `${wsScheme}://${reqHost}${pathAndQuery}`,
      headers: req.headers,
      body: Buffer.alloc(0),
      time: Date.now(),
    });
    const pathname = pathAndQuery.split('?')[0];
    const isApi = AI_HOSTS.includes(/** @type {any} */ (reqHost)) || reqHost === PLAIN_AI_HOST;
    if (!isApi || !(pathname === '/ws' || pathname === '/v1/realtime')) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('message', (data, isBinary) => {
        const body = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(/** @type {any} */ (data));
        log({
          kind: 'ws-message',
          scheme,
          method: 'WS',
          host: reqHost,
          path: pathAndQuery,
          url: `${wsScheme}://${reqHost}${pathAndQuery}`,
          headers: req.headers,
          body,
          binary: isBinary,
          time: Date.now(),
        });
        ws.send(body, { binary: isBinary });
      });
    });
  };

  const { key, cert } = await certificateFor([...FIXTURE_HOSTS, '*.algolia.net', '*.test', 'localhost']);
  const httpServer = http.createServer(handler('http'));
  const httpsServer = https.createServer({ key, cert }, handler('https'));
  for (const [server, scheme] of /** @type {const} */ ([
    [httpServer, 'http'],
    [httpsServer, 'https'],
  ])) {
    server.keepAliveTimeout = 1000;
    server.on('upgrade', upgrade(scheme));
    server.on('connection', (s) => {
      sockets.add(s);
      s.once('close', () => sockets.delete(s));
    });
    server.on('secureConnection', (s) => {
      sockets.add(s);
      s.once('close', () => sockets.delete(s));
    });
  }
  /**
   * @param {http.Server} server
   * @param {number} port
   * @returns {Promise<number>}
   */
  const listen = (server, port) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const boundHttp = await listen(httpServer, httpPort);
  const boundHttps = await listen(httpsServer, httpsPort);

  return {
    httpPort: boundHttp,
    httpsPort: boundHttps,
    received,
    reset() {
      received.length = 0;
    },
    waitForReceived(pred, timeoutMs = 10_000) {
      const found = received.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        /** @param {ReceivedEntry} entry */
        const onEntry = (entry) => {
          if (!pred(entry)) return;
          clearTimeout(timer);
          events.off('entry', onEntry);
          resolve(entry);
        };
        const timer = setTimeout(() => {
          events.off('entry', onEntry);
          reject(new Error(`fixture servers: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        events.on('entry', onEntry);
      });
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      for (const s of sockets) s.destroy();
      await Promise.all(
        [httpServer, httpsServer].map((s) => new Promise((resolve) => s.close(() => resolve(undefined)))),
      );
      wss.close();
    },
  };
}

/**
 * Chromium --host-resolver-rules value mapping every fixture host to the two local ports, so
 * page URLs stay port-less (http → :80 → httpPort, https/wss → :443 → httpsPort). Any other name
 * fails to resolve: the run cannot reach the real network, and a stray request shows up as a
 * failed request instead of leaving the machine.
 * @param {{ httpPort: number, httpsPort: number }} ports
 * @param {string[]} [hosts]
 */
export function hostResolverRules({ httpPort, httpsPort }, hosts = FIXTURE_HOSTS) {
  const rules = [];
  for (const h of hosts) {
    rules.push(`MAP ${h}:80 127.0.0.1:${httpPort}`, `MAP ${h}:443 127.0.0.1:${httpsPort}`);
  }
  rules.push('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost');
  return rules.join(', ');
}
