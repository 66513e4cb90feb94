// The signature side of the autosave queue; the rest is in autosaveQueue.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveQueue } from './autosaveQueue';
import { ENDPOINT, autoServer, fakeServer } from '../../test/support/autosaveHarness';
import { KycSignatureRequiredError, KycTransportError } from './errors';

const network = () => new KycTransportError('network', 'Failed to fetch', ENDPOINT);
const invalidCode = () => new KycSignatureRequiredError(ENDPOINT, 400, ['sms'], 'invalid', { sms: ['Wrong code.'] });
const noRetryJitter = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 8000 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaveQueue — signatures', () => {
  /** Accepts code 111111 for sms; refuses a wrong one; asks for one when a signed key comes unsigned. */
  function signingServer(signedKeys: readonly string[] = ['phone']) {
    return autoServer((changes, signCodes) => {
      const needsSms = changes.some((change) => signedKeys.includes(change.key));
      if (!needsSms) return;
      if (!signCodes?.sms)
        throw new KycSignatureRequiredError(ENDPOINT, 400, ['sms'], 'missing', { sms: ['Required.'] });
      if (signCodes.sms !== '111111') throw invalidCode();
    });
  }

  it('should not send a signed change with unsigned ones, and ask for the signature', async () => {
    const server = signingServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('first_name', 'Ada');
    queue.set('phone', '+4915112345678', { signProviders: ['sms'] });
    await vi.advanceTimersByTimeAsync(5000);

    expect(server.calls.map((call) => call.changes)).toEqual([[{ key: 'first_name', value: 'Ada' }]]);
    expect(queue.getSnapshot()).toMatchObject({
      status: 'signature_required',
      pendingKeys: ['phone'],
      signatureNeeded: { providers: ['sms'], keys: ['phone'] },
    });
    expect(queue.signedChanges()).toEqual([{ key: 'phone', value: '+4915112345678' }]);
    expect(queue.hasUnsaved()).toBe(true);
  });

  it('should send the signed changes with pending unsigned ones in one save with the codes', async () => {
    const server = signingServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('phone', '+4915112345678', { signProviders: ['sms'] });
    queue.set('city', 'Berlin');

    const signed = queue.sign({ sms: ' 111111 ' });
    await vi.advanceTimersByTimeAsync(0);

    await expect(signed).resolves.toBe(true);
    expect(server.calls).toEqual([
      {
        changes: [
          { key: 'phone', value: '+4915112345678' },
          { key: 'city', value: 'Berlin' },
        ],
        signCodes: { sms: '111111' },
      },
    ]);
    expect(queue.getSnapshot().status).toBe('saved');
    expect(queue.getSnapshot().signatureNeeded).toBeUndefined();
  });

  it('should keep the signed change after a wrong code, save the unsigned ones, and accept the right code next', async () => {
    const server = signingServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('phone', '+4915112345678', { signProviders: ['sms'] });
    queue.set('city', 'Berlin');

    const wrong = queue.sign({ sms: '000000' });
    await vi.advanceTimersByTimeAsync(0);
    await expect(wrong).resolves.toBe(false);

    const snapshot = queue.getSnapshot();
    expect(snapshot.status).toBe('signature_required');
    expect(snapshot.pendingKeys).toEqual(['phone']);
    expect(snapshot.signatureNeeded?.error?.reason).toBe('invalid');
    expect(snapshot.lastError).toBeInstanceOf(KycSignatureRequiredError);
    expect(server.stored).toEqual({ city: 'Berlin' });
    expect(server.calls[1]).toEqual({ changes: [{ key: 'city', value: 'Berlin' }], signCodes: undefined });

    const right = queue.sign({ sms: '111111' });
    await vi.advanceTimersByTimeAsync(0);
    await expect(right).resolves.toBe(true);
    expect(server.stored).toEqual({ city: 'Berlin', phone: '+4915112345678' });
    expect(queue.getSnapshot().signatureNeeded).toBeUndefined();
    expect(queue.getSnapshot().lastError).toBeUndefined();
  });

  it('should drop signed changes only when asked to, and only those asked for', async () => {
    const server = signingServer(['phone', 'email']);
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('phone', '+4915112345678', { signProviders: ['sms'] });
    queue.set('email', 'ada@example.com', { signProviders: ['sms'] });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(queue.hasUnsaved()).toBe(true);

    queue.cancelSignature(['phone']);
    expect(queue.getSnapshot().signatureNeeded?.keys).toEqual(['email']);
    expect(queue.pendingValue('phone')).toBeUndefined();

    queue.cancelSignature();
    expect(queue.hasUnsaved()).toBe(false);
    expect(queue.getSnapshot().signatureNeeded).toBeUndefined();
    expect(server.calls).toHaveLength(0);
  });

  it('should move a change the server wants signed into the signature flow without resending it', async () => {
    const server = signingServer(['terms']);
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('terms', 'doc-uuid');
    await vi.advanceTimersByTimeAsync(60_000);

    expect(server.calls).toHaveLength(1);
    expect(queue.getSnapshot()).toMatchObject({
      status: 'signature_required',
      signatureNeeded: { providers: ['sms'], keys: ['terms'] },
    });

    const signed = queue.sign({ sms: '111111' });
    await vi.advanceTimersByTimeAsync(0);
    await expect(signed).resolves.toBe(true);
    expect(server.stored).toEqual({ terms: 'doc-uuid' });
  });

  it('should not send a change needing two providers with only one code', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('terms', 'doc-uuid', { signProviders: ['sms', 'email'] });

    await expect(queue.sign({ sms: '111111' })).resolves.toBe(false);
    expect(server.calls).toHaveLength(0);
    expect(queue.getSnapshot().signatureNeeded?.providers).toEqual(['sms', 'email']);

    const both = queue.sign({ sms: '111111', email: '222222' });
    await vi.advanceTimersByTimeAsync(0);
    await expect(both).resolves.toBe(true);
    expect(server.calls[0]?.signCodes).toEqual({ sms: '111111', email: '222222' });
  });

  it('should resolve false for empty codes and true when nothing waits for a signature', async () => {
    const queue = createAutosaveQueue({ save: autoServer().save });
    await expect(queue.sign({ sms: '1' })).resolves.toBe(true);
    queue.set('phone', '+4915112345678', { signProviders: ['sms'] });
    await expect(queue.sign({ sms: '  ' })).resolves.toBe(false);
  });

  it('should resend the codes when a signed save fails on the network and is retried', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, retry: noRetryJitter, random: () => 0 });
    queue.set('phone', '+4915112345678', { signProviders: ['sms'] });
    const signed = queue.sign({ sms: '111111' });
    await vi.advanceTimersByTimeAsync(0);
    server.calls[0]?.reject(network());
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls[1]?.signCodes).toEqual({ sms: '111111' });
    server.calls[1]?.resolve();
    await expect(signed).resolves.toBe(true);
  });

  it('should wait for a save in flight before sending the signed changes', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0 });
    queue.set('city', 'Berlin');
    await vi.advanceTimersByTimeAsync(0);
    queue.set('phone', '+4915112345678', { signProviders: ['sms'] });
    const signed = queue.sign({ sms: '111111' });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(1);

    server.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls[1]?.changes).toEqual([{ key: 'phone', value: '+4915112345678' }]);
    server.calls[1]?.resolve();
    await expect(signed).resolves.toBe(true);
    expect(server.maxOpen()).toBe(1);
  });
});

describe('createAutosaveQueue — signature codes are used once', () => {
  it('should ask for a new signature for a signed change made after a signed save', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('phone', '+4915112345678', { signProviders: ['sms'] });
    const signed = queue.sign({ sms: '111111' });
    await vi.advanceTimersByTimeAsync(0);
    await expect(signed).resolves.toBe(true);

    queue.set('phone', '+4915199999999', { signProviders: ['sms'] });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);
    expect(queue.getSnapshot().status).toBe('signature_required');
  });
});
