/**
 * Which codes the customer is asked for, and when, through the submission controller against the
 * sandbox engine: one prompt per moment, its codes sent when it opens, and the review's own code asked
 * for in the same prompt after the answers' code was used (a code serves one call).
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_SIGN_CODE } from '../../src/sandbox';
import { KycSignatureRequiredError } from '../../src/core/errors';
import { basicApplication, pendingFullApplication, sandbox, setUp } from '../support/submissionHarness';

/** Counts the prompts the customer sees: each time the controller goes from no prompt to one. */
function countPrompts(controller: ReturnType<typeof setUp>['controller']) {
  let open = false;
  let prompts = 0;
  controller.subscribe(() => {
    const now = controller.getSnapshot().signing !== null;
    if (now && !open) prompts += 1;
    open = now;
  });
  return () => prompts;
}

describe('submission controller, code moments', () => {
  it('given signed answers on the last step / should ask nothing on entering the summary and send no code', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, codesRequested } = setUp(client, application);
    type('phone', '+4915112345678', ['sms']);

    expect(controller.requestSignature('enter_summary')).toBe(false);

    expect(controller.getSnapshot().signing).toBeNull();
    expect(codesRequested).toEqual([]);
  });

  it('given a new phone and the review both needing SMS / should use one prompt: the PATCH code, then the review code sent by itself', async () => {
    const { client, application } = await pendingFullApplication();
    const { controller, type, delivered, codesRequested, uuid } = setUp(client, application);
    const prompts = countPrompts(controller);
    type('phone', '+4915199999999', ['sms']);

    expect(await controller.submit()).toEqual({ kind: 'signing' });
    const first = await delivered();
    expect(first.requests).toEqual([{ provider: 'sms', destination: '+4915199999999', keys: ['phone'] }]);
    expect(codesRequested).toEqual(['sms +4915199999999']);

    // The code saves the phone; the review refuses without its own code: the next round, same prompt.
    expect(await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE })).toEqual({ kind: 'signing' });
    const second = await delivered();
    expect(second).toMatchObject({ moment: 'send', confirmedRounds: 1, requests: [{ provider: 'sms', review: true }] });
    expect(second.round).toBeGreaterThan(first.round);
    expect(codesRequested).toEqual(['sms +4915199999999', 'sms']);
    expect(sandbox.inspect(uuid)).toMatchObject({ answers: { phone: '+4915199999999' }, status: 'pending' });

    const outcome = await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });

    expect(outcome.kind).toBe('sent');
    expect(prompts()).toBe(1);
    expect(sandbox.inspect(uuid)?.status).toBe('in_review');
  });

  it('given the review code refused / should keep the prompt open on that round and send with the right one', async () => {
    const { client, application } = await pendingFullApplication();
    const { controller, delivered, uuid } = setUp(client, application);

    expect(await controller.submit()).toEqual({ kind: 'signing' });
    expect((await delivered()).requests).toEqual([{ provider: 'sms', keys: [], review: true }]);

    await expect(controller.confirmSignature({ sms: '000000' })).rejects.toBeInstanceOf(KycSignatureRequiredError);
    expect(controller.getSnapshot().signing?.requests).toEqual([{ provider: 'sms', keys: [], review: true }]);
    expect(sandbox.inspect(uuid)?.status).toBe('pending');

    expect((await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE })).kind).toBe('sent');
  });

  it('given the review is known to need SMS and only the e-mail changed / should ask for both codes in one round', async () => {
    const { client, application } = await pendingFullApplication();
    const { controller, type, delivered, codesRequested, uuid } = setUp(client, application);
    await controller.submit(); // the server says the review needs an SMS code
    controller.cancelSignature();
    type('email', 'ada@example.org', ['email']);

    expect(await controller.submit()).toEqual({ kind: 'signing' });
    const round = await delivered();

    expect(round.requests).toEqual([
      { provider: 'sms', keys: [], review: true },
      { provider: 'email', destination: 'ada@example.org', keys: ['email'] },
    ]);
    expect(codesRequested.slice(1)).toEqual(['sms', 'email ada@example.org']);
    expect((await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE, email: SANDBOX_SIGN_CODE })).kind).toBe('sent');
    expect(sandbox.inspect(uuid)).toMatchObject({ status: 'in_review', answers: { email: 'ada@example.org' } });
  });

  it('given a code was just sent / should send a new one only after the wait', async () => {
    let time = 1_000_000;
    const { client, application } = await basicApplication();
    const { controller, type, delivered, codesRequested } = setUp(client, application, { now: () => time });
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    expect((await delivered()).deliveries.sms).toEqual({ phase: 'sent', sentAt: 1_000_000, resendAt: 1_030_000 });

    controller.resendCode('sms');
    expect(codesRequested).toHaveLength(1);

    time = 1_030_000;
    controller.resendCode('sms');
    await delivered();
    expect(codesRequested).toEqual(['sms +4915112345678', 'sms +4915112345678']);
  });

  it('given the code cannot be sent / should say so and let the customer ask again at once', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, codesRequested } = setUp(client, application);
    type('phone', '+4915112345678', ['sms']);
    sandbox.setFaults({ routes: { verificationCodes: { failureRate: 1 } } });
    controller.requestSignature('confirm');

    expect((await delivered()).deliveries.sms?.phase).toBe('failed');
    sandbox.setFaults(undefined);
    controller.resendCode('sms');
    expect((await delivered()).deliveries.sms?.phase).toBe('sent');
    expect(codesRequested).toHaveLength(2);
  });

  it('given the prompt was closed before the code went out / should not reopen it', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, codesAnswered, codesRequested } = setUp(client, application);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    controller.cancelSignature();
    await codesAnswered();

    expect(codesRequested).toHaveLength(1);
    expect(controller.getSnapshot().signing).toBeNull();
  });
});
