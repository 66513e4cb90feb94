import { describe, expect, it } from 'vitest';
import { toSafeExternalUrl } from './safeUrl';

describe('toSafeExternalUrl', () => {
  it.each([
    ['https://sumsub.com/', 'https://sumsub.com/'],
    ['https://in.sumsub.com/idensic/l/#/sbx_abc', 'https://in.sumsub.com/idensic/l/#/sbx_abc'],
    ['https://api.eu.sumsub.com/websdk?x=1', 'https://api.eu.sumsub.com/websdk?x=1'],
    ['HTTPS://SUMSUB.COM/Path', 'https://sumsub.com/Path'],
    ['https://sumsub.com:443/a', 'https://sumsub.com/a'],
    ['  https://sumsub.com/padded  ', 'https://sumsub.com/padded'],
  ])('should accept %s', (raw, href) => {
    expect(toSafeExternalUrl(raw)?.href).toBe(href);
  });

  it.each([
    ['javascript:alert(1)', 'script scheme'],
    ['JaVaScRiPt:alert(1)', 'script scheme, mixed case'],
    ['java\nscript:alert(1)', 'script scheme split by a newline'],
    ['\u0000javascript:alert(1)', 'script scheme behind a control character'],
    ['data:text/html,<script>alert(1)</script>', 'data URL'],
    ['blob:https://sumsub.com/0b1c', 'blob URL'],
    ['file:///etc/passwd', 'local file'],
    ['http://sumsub.com/', 'plain http to a trusted host'],
    ['ftp://sumsub.com/', 'another scheme'],
    ['//sumsub.com/', 'scheme-relative'],
    ['/idensic/l/', 'relative path'],
    ['', 'empty'],
    ['not a url', 'not a URL'],
    ['https://sumsub.com@evil.io/', 'trusted name as user name'],
    ['https://user:pass@sumsub.com/', 'credentials to a trusted host'],
    ['https://evil.io\\@sumsub.com/', 'backslash trick'],
    ['https://evil.io#@sumsub.com/', 'fragment trick'],
    ['https://evil.io?@sumsub.com/', 'query trick'],
    ['https://sumsub.com.evil.io/', 'trusted name as a subdomain of another host'],
    ['https://evil-sumsub.com/', 'trusted name as a suffix'],
    ['https://evilsumsub.com/', 'trusted name glued to another label'],
    ['https://sumsub.co/', 'similar host'],
    ['https://xn--sumsb-nxa.com/', 'punycode look-alike'],
    ['https://sumsüb.com/', 'internationalised look-alike'],
    ['https://ѕumsub.com/', 'Cyrillic s look-alike'],
    ['https://sumsub.com./', 'trailing dot'],
    ['https://sumsub.com:8443/', 'non-default port'],
    ['https://in.sumsub.com:444/', 'non-default port on a subdomain'],
    ['https://localhost/', 'localhost without allowLocalhost'],
    ['https://127.0.0.1/', 'loopback without allowLocalhost'],
    ['https://93.184.216.34/', 'IP address'],
    ['https://sumsub.com /x', 'inner space'],
  ])('should refuse %s (%s)', (raw) => {
    expect(toSafeExternalUrl(raw)).toBeNull();
  });

  it.each([
    'http://localhost:5173/liveness',
    'https://localhost/',
    'http://127.0.0.1:8080/websdk/websdk.html',
    'http://[::1]:3000/',
  ])('should accept the loopback URL %s with allowLocalhost', (raw) => {
    expect(toSafeExternalUrl(raw, { allowLocalhost: true })?.href).toBe(raw);
  });

  it.each([
    ['http://localhost.evil.io/', 'a host that starts with localhost'],
    ['http://evil.localhost/', 'a subdomain of localhost'],
    ['javascript://localhost/%0aalert(1)', 'script scheme with a localhost-looking body'],
    ['http://user@localhost/', 'credentials to localhost'],
    ['file://localhost/etc/passwd', 'a local file'],
    ['http://10.0.0.1/', 'a private address'],
  ])('should refuse %s with allowLocalhost (%s)', (raw) => {
    expect(toSafeExternalUrl(raw, { allowLocalhost: true })).toBeNull();
  });

  it('should use the given allowed hosts instead of the default', () => {
    const options = { allowedHosts: ['Legal.Example.org'] };
    expect(toSafeExternalUrl('https://legal.example.org/terms.pdf', options)?.hostname).toBe('legal.example.org');
    expect(toSafeExternalUrl('https://cdn.legal.example.org/terms.pdf', options)).not.toBeNull();
    expect(toSafeExternalUrl('https://sumsub.com/', options)).toBeNull();
    expect(toSafeExternalUrl('https://example.org/', options)).toBeNull();
  });

  it('should ignore malformed allowed hosts instead of trusting everything', () => {
    expect(toSafeExternalUrl('https://evil.io/', { allowedHosts: ['', 'evil.io/..', 'a b'] })).toBeNull();
    expect(toSafeExternalUrl('https://sumsub.com/', { allowedHosts: [] })).toBeNull();
  });

  it('should accept an internationalised allowed host written in Unicode', () => {
    expect(toSafeExternalUrl('https://xn--bcher-kva.example/', { allowedHosts: ['bücher.example'] })).not.toBeNull();
  });
});
