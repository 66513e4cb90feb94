/**
 * The node:http ⇄ Fetch bridge, through a real server and real `fetch`, with a stand-in engine
 * whose `handle` is set per test (the real engine neither echoes requests nor streams slowly).
 */
import type { Sandbox } from '../engine/types';
import { startSandboxServer } from './startSandboxServer';
import type { SandboxServer } from './startSandboxServer';

let handle: (request: Request) => Promise<Response>;

const fakeSandbox: Sandbox = {
  handle: (request) => handle(request),
  seed: () => {
    throw new Error('not used');
  },
  setFaults: () => undefined,
  inspect: () => undefined,
  checkLivenessToken: () => ({ valid: false, reason: 'unknown' }),
  completeLiveness: () => false,
  expireLivenessToken: () => false,
  publishLegalDocumentVersion: () => undefined,
  reset: () => undefined,
};

let server: SandboxServer;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, sandbox: fakeSandbox });
});

afterAll(async () => {
  await server.close();
});

describe('the node:http ⇄ Fetch bridge', () => {
  it('gives the engine the method, path, query, headers and the streamed body', async () => {
    handle = async (request) =>
      Response.json({
        method: request.method,
        url: request.url,
        partnerHeader: request.headers.get('x-partner-auth'),
        connection: request.headers.get('connection'),
        body: await request.text(),
      });
    const response = await fetch(`${server.url}/kyc/v1/kyc/abc/?client_uuid=c1&x=%20y`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-Partner-Auth': 'Bearer t' },
      body: JSON.stringify({ attribute_changes: [{ key: 'first_name', value: 'Ada' }] }),
    });
    expect(await response.json()).toEqual({
      method: 'PATCH',
      url: `${server.url}/kyc/v1/kyc/abc/?client_uuid=c1&x=%20y`,
      partnerHeader: 'Bearer t',
      connection: null,
      body: '{"attribute_changes":[{"key":"first_name","value":"Ada"}]}',
    });
  });

  it('passes a multipart upload through unchanged', async () => {
    handle = async (request) => {
      const form = await request.formData();
      const files = form.getAll('files').filter((part): part is File => part instanceof File);
      return Response.json(files.map((file) => ({ name: file.name, size: file.size })));
    };
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(300_000)], { type: 'image/png' }), 'front.png');
    form.append('files', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'back.pdf');
    const response = await fetch(`${server.url}/v1/documents/files/`, { method: 'POST', body: form });
    expect(await response.json()).toEqual([
      { name: 'front.png', size: 300_000 },
      { name: 'back.pdf', size: 8 },
    ]);
  });

  it('writes back the status, the headers and a body streamed in chunks', async () => {
    handle = async () => {
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('{"results":['));
          controller.enqueue(encoder.encode('1,2'));
          controller.enqueue(encoder.encode(']}'));
          controller.close();
        },
      });
      return new Response(body, { status: 201, headers: { 'Content-Type': 'application/json', 'X-Sandbox': 'yes' } });
    };
    const response = await fetch(`${server.url}/v1/verification-codes/`, { method: 'POST' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-sandbox')).toBe('yes');
    expect(await response.json()).toEqual({ results: [1, 2] });
  });

  it('given Response.error() / should drop the connection, which fetch reports as a network error', async () => {
    handle = async () => Response.error();
    await expect(fetch(`${server.url}/v1/clients/kyc-level-info/`)).rejects.toThrow(TypeError);
  });

  it('given a body that fails half-way / should cut the connection rather than end it cleanly', async () => {
    handle = async () => {
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) controller.error(new Error('engine broke'));
          else controller.enqueue(new TextEncoder().encode('{"count": 1, "results": ['));
          sent = true;
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    };
    // Depending on when the cut lands, fetch fails on the headers or on the body: never a clean end.
    await expect(fetch(`${server.url}/v1/legal_documents/`).then((response) => response.text())).rejects.toThrow(
      TypeError,
    );
  });

  it('given an engine that throws / should answer 500 with a DRF-style detail', async () => {
    handle = async () => {
      throw new Error('bug');
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await fetch(`${server.url}/v1/kyc/abc/`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ detail: 'The sandbox failed to handle this request.' });
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it('builds request URLs from the Host the client used, so sandbox links point back to it', async () => {
    handle = async (request) => Response.json({ url: request.url });
    const localhostUrl = server.url.replace('127.0.0.1', 'localhost');
    const response = await fetch(`${localhostUrl}/v1/levels`);
    expect(await response.json()).toEqual({ url: `${localhostUrl}/v1/levels` });
  });
});
