/**
 * The hand-off token on its own: what it names comes back from a valid one, and a token that expired, was
 * changed or was signed with another secret is refused, each with the reason the proxy answers.
 */
import { describe, expect, it } from 'vitest';
import { createHandoffToken, verifyHandoffToken } from '../../../src/server';

const SECRET = 'a partner secret of at least thirty-two bytes';
const IDS = {
  legalEntityUuid: '0b5c2a52-2f1e-4a41-9d0e-3c1f3f6c1a01',
  clientUuid: '1c6d3b63-3a2f-4b52-8e1f-4d2a4a7d2b02',
  applicationUuid: '2d7e4c74-4b3a-4c63-9f2a-5e3b5b8e3c03',
};
const NOW = Date.UTC(2026, 11, 3, 8, 0, 0);

describe('react-kyc-flow/server: the hand-off token', () => {
  it('given a fresh token / should name its client and application and expire after its lifetime', async () => {
    const token = await createHandoffToken({ secret: SECRET, ...IDS, ttlSeconds: 300, now: NOW });
    const verdict = await verifyHandoffToken(token, { secret: SECRET, now: NOW + 299_000 });
    expect(verdict).toEqual({ ok: true, claims: { ...IDS, expiresAt: NOW + 300_000 } });
    // Usable again until it expires (a reload or a second scan).
    expect((await verifyHandoffToken(token, { secret: SECRET, now: NOW + 1000 })).ok).toBe(true);
  });

  it('given a token past its lifetime / should be refused as expired', async () => {
    const token = await createHandoffToken({ secret: SECRET, ...IDS, ttlSeconds: 60, now: NOW });
    expect(await verifyHandoffToken(token, { secret: SECRET, now: NOW + 60_000 })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('given a token with its application, expiry or signature changed / should be refused as invalid', async () => {
    const token = await createHandoffToken({ secret: SECRET, ...IDS, now: NOW });
    const [payload = '', signature = ''] = token.split('.');
    const decoded = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const reencode = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const otherApp = reencode(decoded.replace(IDS.applicationUuid, '3e8f5d85-5c4b-4d74-8a3b-6f4c6c9f4d04'));
    const longer = reencode(decoded.replace(/~(\d+)$/, (_, exp: string) => `~${Number(exp) + 86_400}`));
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const forged of [`${otherApp}.${signature}`, `${longer}.${signature}`, `${payload}.${flipped}`, 'nonsense']) {
      expect(await verifyHandoffToken(forged, { secret: SECRET, now: NOW }), forged).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
  });

  it('given a token signed with another secret / should be refused as invalid', async () => {
    const token = await createHandoffToken({ secret: `${SECRET} of someone else`, ...IDS, now: NOW });
    expect(await verifyHandoffToken(token, { secret: SECRET, now: NOW })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('given a short secret or a lifetime out of bounds / should throw at once', async () => {
    await expect(createHandoffToken({ secret: 'short', ...IDS })).rejects.toThrow(/32 bytes/);
    await expect(createHandoffToken({ secret: SECRET, ...IDS, ttlSeconds: 86_400 })).rejects.toThrow(/ttlSeconds/);
  });
});
