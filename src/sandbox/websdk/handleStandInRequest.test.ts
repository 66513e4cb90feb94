import { Script } from 'node:vm';
import { handleStandInRequest } from './handleStandInRequest';

const ORIGIN = 'http://127.0.0.1:4010';

function get(path: string, method = 'GET'): Response | undefined {
  return handleStandInRequest(new Request(ORIGIN + path, { method }));
}

describe('handleStandInRequest', () => {
  it('leaves paths outside /websdk/ to the caller', () => {
    expect(get('/v1/clients/kyc-level-info/')).toBeUndefined();
    expect(get('/websdk')).toBeUndefined();
  });

  it('serves the framed page with a strict CSP that only local pages may frame', async () => {
    const response = get('/websdk/websdk.html?_=id_c2J4X2FiYw==');
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response?.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self' http://localhost:* http://127.0.0.1:*");
    expect(response?.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response?.text();
    expect(html).toContain('<script src="/websdk/websdk.js" defer></script>');
    expect(html).toContain('<h1>Liveness check (sandbox)</h1>');
  });

  it.each(['/websdk/websdk.html', '/websdk/liveness.html'])(
    '%s has no inline script, style or handler',
    async (path) => {
      const html = (await get(path)?.text()) ?? '';
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style/);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/\sstyle=/i);
    },
  );

  it('serves the standalone page so that nothing can frame it', () => {
    const response = get('/websdk/liveness.html?token=sbx_abc');
    expect(response?.status).toBe(200);
    const csp = response?.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it.each(['/websdk/websdk.js', '/websdk/liveness.js'])('serves %s as a script that parses', async (path) => {
    const response = get(path);
    expect(response?.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response?.headers.get('content-security-policy')).toBeTruthy();
    const source = (await response?.text()) ?? '';
    expect(() => new Script(source, { filename: path })).not.toThrow();
    expect(source).toContain('var SandboxStandIn');
  });

  it('serves the stylesheet', async () => {
    const response = get('/websdk/standIn.css');
    expect(response?.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await response?.text()).toContain('.sis-primary');
  });

  it('answers HEAD without a body, refuses other methods and unknown assets', async () => {
    const head = get('/websdk/websdk.html', 'HEAD');
    expect(head?.status).toBe(200);
    expect(await head?.text()).toBe('');
    const post = get('/websdk/websdk.html', 'POST');
    expect(post?.status).toBe(405);
    expect(post?.headers.get('allow')).toBe('GET, HEAD');
    expect(get('/websdk/../package.json')).toBeUndefined();
    expect(get('/websdk/nope.js')?.status).toBe(404);
  });
});
