/**
 * The proxy on node:http through `toNodeHandler`, over real sockets: the widget's client goes through a
 * whole journey holding no uuid; raw paths that Node's URL parsing would turn into another route are
 * refused; a mount that strips the base path from `req.url` (Express's `app.use('/kyc', …)`) still works.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createKycClient } from '../../../src/core/client';
import { toNodeHandler } from '../../../src/server';
import { PNG, setupProxyHarness, type Customer } from './proxyHarness';

const harness = setupProxyHarness();
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Sends a request line exactly as written (fetch would normalise the path) and returns the status. */
function rawStatus(origin: string, target: string, who: Customer): Promise<number> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${who.cookie}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1])));
    socket.on('error', reject);
  });
}

describe('toNodeHandler', () => {
  it('given the widget holding no uuid / should go from level info to a saved document over real sockets, sending no uuid', async () => {
    const origin = await listen(toNodeHandler(harness.proxy()));
    const customer = harness.customer('new');
    const sentByBrowser: string[] = [];
    const client = createKycClient({
      baseUrl: `${origin}/kyc`,
      retry: false,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sentByBrowser.push(request.url, request.body ? await request.clone().text() : '');
        request.headers.set('cookie', customer.cookie);
        return fetch(request);
      },
    });
    const info = await client.getLevelInfo();
    const level = info.available_levels_for_upgrade.find((l) => /full/i.test(l.name))!;
    const app = await client.createApplication(level.uuid);
    const [file] = await client.uploadFiles([new File([PNG], 'front.png', { type: 'image/png' })]);
    const document = await client.createDocument('passport', [file!.uuid]);
    const saved = await client.updateApplication(app.uuid, [{ key: 'passport', value: document }]);
    const passport = saved.kyc_steps.flatMap((s) => s.questions).find((q) => q.attribute.key === 'passport');
    expect((passport?.attribute.value as { uuid: string }).uuid).toBe(document.uuid);
    expect(harness.sandbox.sandbox.inspect(app.uuid)?.clientUuid).toBe(customer.clientUuid);
    const browserTraffic = sentByBrowser.join('\n');
    expect(browserTraffic).not.toContain(customer.clientUuid);
    expect(browserTraffic).not.toContain(customer.legalEntityUuid);
  });

  it('given raw paths with .., %2e%2e or backslashes that Node would resolve to a route / should answer 404 and forward nothing', async () => {
    const origin = await listen(toNodeHandler(harness.proxy()));
    const customer = harness.customer('draft');
    expect(await rawStatus(origin, '/kyc/v1/clients/kyc-level-info/', customer)).toBe(200);
    harness.upstream.length = 0;
    for (const target of [
      '/kyc/v1/kyc/../clients/kyc-level-info/',
      '/kyc/v1/kyc/%2e%2e/clients/kyc-level-info/',
      '/kyc/v1/kyc/%2E%2E/clients/kyc-level-info/',
      '/kyc/v1/./clients/kyc-level-info/',
      '/kyc/v1/kyc\\..\\clients/kyc-level-info/',
      '/kyc/v1/clients\\kyc-level-info/',
      '/kyc//v1/clients/kyc-level-info/',
    ]) {
      expect(await rawStatus(origin, target, customer), target).toBe(404);
    }
    expect(harness.upstream).toEqual([]);
  });

  it('given a mount that strips the base path from req.url (as Express does) / should route by the original URL', async () => {
    const handler = toNodeHandler(harness.proxy());
    const origin = await listen((req, res) => {
      // What Express's app.use('/kyc', handler) hands over: url below the mount, originalUrl in full.
      const mounted = Object.assign(req, { originalUrl: req.url, url: req.url!.replace(/^\/kyc/, '') || '/' });
      void handler(mounted, res);
    });
    const customer = harness.customer('draft');
    const response = await fetch(`${origin}/kyc/v1/clients/kyc-level-info/`, { headers: { cookie: customer.cookie } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { last_kyc_application_uuid: string }).last_kyc_application_uuid).toBe(
      customer.applicationUuid,
    );
  });

  it('given an upload declaring a Content-Length over the maximum / should answer 413 without waiting for the body', async () => {
    const origin = await listen(toNodeHandler(harness.proxy({ maxUploadBytes: 50_000 })));
    const customer = harness.customer('draft');
    // The headers and the first bytes only: the answer must come before the rest of the body is sent.
    const status = await new Promise<number>((resolve, reject) => {
      const socket = connect(Number(new URL(origin).port), '127.0.0.1', () => {
        socket.write(
          'POST /kyc/v1/documents/files/ HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
            `Cookie: ${customer.cookie}\r\nContent-Type: multipart/form-data; boundary=x\r\n` +
            'Content-Length: 60000\r\n\r\n--x\r\n',
        );
      });
      socket.once('data', (chunk) => {
        resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1'))?.[1]));
        socket.destroy();
      });
      socket.on('error', reject);
    });
    expect(status).toBe(413);
    expect(harness.upstream).toEqual([]);
  });
});
