import { corsHeaders, isLocalOrigin, preflightResponse } from './cors';

function preflight(origin: string | undefined, requestHeaders?: string): Request {
  const headers = new Headers({ 'Access-Control-Request-Method': 'PATCH' });
  if (origin) headers.set('Origin', origin);
  if (requestHeaders) headers.set('Access-Control-Request-Headers', requestHeaders);
  return new Request('http://127.0.0.1:4010/v1/kyc/abc/', { method: 'OPTIONS', headers });
}

describe('isLocalOrigin', () => {
  it.each(['http://localhost:5173', 'http://127.0.0.1:6006', 'http://[::1]:3000', 'http://localhost'])(
    'accepts the loopback origin %s',
    (origin) => {
      expect(isLocalOrigin(origin)).toBe(true);
    },
  );

  it.each([
    'https://localhost:5173',
    'http://localhost.evil.example',
    'http://evil.example',
    'http://127.0.0.1.nip.io:80',
    'http://localhost:5173/path',
    'http://user@localhost:5173',
    'null',
    '',
  ])('rejects %s', (origin) => {
    expect(isLocalOrigin(origin)).toBe(false);
  });
});

describe('corsHeaders', () => {
  it('reflects a local origin and always varies on Origin', () => {
    const headers = corsHeaders('http://localhost:6006');
    expect(headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(headers.get('vary')).toBe('Origin');
  });

  it('lets a local page read Retry-After, so the widget can say how long to wait', () => {
    expect(corsHeaders('http://localhost:5173').get('access-control-expose-headers')).toBe('Retry-After');
    expect(corsHeaders('https://evil.example').get('access-control-expose-headers')).toBeNull();
  });

  it('grants nothing to a foreign origin', () => {
    const headers = corsHeaders('https://evil.example');
    expect(headers.get('access-control-allow-origin')).toBeNull();
    expect(headers.get('vary')).toBe('Origin');
  });
});

describe('preflightResponse', () => {
  it('given a local origin / should allow the API methods and reflect the requested headers', () => {
    const response = preflightResponse(preflight('http://localhost:5173', 'content-type, x-partner-auth'));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,PATCH,PUT,DELETE,OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, x-partner-auth');
    expect(response.headers.get('vary')).toContain('Origin');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('given a foreign origin / should answer without any CORS grant', () => {
    const response = preflightResponse(preflight('https://evil.example', 'content-type'));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('does not reflect a requested header list that is not a header list', () => {
    const response = preflightResponse(preflight('http://localhost:5173', 'content-type, (evil) "quoted"'));
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
  });
});
