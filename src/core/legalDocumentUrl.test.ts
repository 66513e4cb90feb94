import { describe, expect, it } from 'vitest';
import { toSafeDocumentUrl } from './legalDocumentUrl';

describe('toSafeDocumentUrl', () => {
  it('should accept https on any host', () => {
    expect(toSafeDocumentUrl('https://example.com/legal/terms.pdf')?.href).toBe('https://example.com/legal/terms.pdf');
    expect(toSafeDocumentUrl('https://cdn.partner.example/a/b?v=2#p3')?.href).toBe(
      'https://cdn.partner.example/a/b?v=2#p3',
    );
  });

  it('should refuse script, data, blob, file and plain http links', () => {
    expect(toSafeDocumentUrl('javascript:alert(1)')).toBeNull();
    expect(toSafeDocumentUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(toSafeDocumentUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(toSafeDocumentUrl('blob:https://example.com/5f0e')).toBeNull();
    expect(toSafeDocumentUrl('file:///etc/passwd')).toBeNull();
    expect(toSafeDocumentUrl('http://example.com/terms')).toBeNull();
  });

  it('should refuse credentials, explicit ports, relative and malformed links', () => {
    expect(toSafeDocumentUrl('https://bank.example@evil.example/terms')).toBeNull();
    expect(toSafeDocumentUrl('https://example.com:8443/terms')).toBeNull();
    expect(toSafeDocumentUrl('/legal/terms')).toBeNull();
    expect(toSafeDocumentUrl('java\tscript:alert(1)')).toBeNull();
    expect(toSafeDocumentUrl('')).toBeNull();
    expect(toSafeDocumentUrl(null)).toBeNull();
  });

  it('given allowLocalhost / should accept http to localhost only then', () => {
    expect(toSafeDocumentUrl('http://localhost:5173/terms')).toBeNull();
    expect(toSafeDocumentUrl('http://localhost:5173/terms', { allowLocalhost: true })?.href).toBe(
      'http://localhost:5173/terms',
    );
  });
});
