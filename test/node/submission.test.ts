/**
 * The submission controller against the sandbox engine (the real client, the real autosave queue, the
 * engine's Request/Response handler as `fetch`): what a client pressing Send, Continue and Confirm gets.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_SIGN_CODE } from '../../src/sandbox';
import { KycSignatureRequiredError } from '../../src/core/errors';
import { BASIC_ANSWERS, basicApplication, sandbox, setUp } from '../support/submissionHarness';

describe('submission controller', () => {
  it('given every answer typed / should save them first, then send to review exactly once', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, sent, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    // The phone is signed: sign it up front so the send needs nothing more.
    type('phone', '+4915112345678', ['sms']);
    expect(controller.requestSignature('confirm')).toBe(true);
    await delivered();
    expect(await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE })).toEqual({
      kind: 'signed',
      thenContinue: false,
    });

    const outcome = await controller.submit();

    expect(outcome.kind).toBe('sent');
    expect(sent.map((app) => app.status)).toEqual(['in_review']);
    expect(sandbox.inspect(uuid)).toMatchObject({ status: 'in_review', sendToReviewCount: 1 });
    expect(controller.getSnapshot()).toEqual({ sending: false, signing: null, failure: null });
  });

  it('given a double click on Send / should send one request', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    await delivered();
    await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });

    const [first, second] = await Promise.all([controller.submit(), controller.submit()]);

    expect([first.kind, second.kind]).toEqual(['sent', 'busy']);
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(1);
  });

  it('given answers changed elsewhere since the summary / should hold the send, busy while it looks, and send on the next press', async () => {
    const { client, application } = await basicApplication();
    let changed = true;
    let busyWhileChecking: boolean | undefined;
    const { controller, type, delivered, uuid } = setUp(client, application, {
      beforeSend: async () => {
        busyWhileChecking = controller.getSnapshot().sending;
        return changed;
      },
    });
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    await delivered();
    await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });

    const [held, doubleClick] = await Promise.all([controller.submit(), controller.submit()]);

    expect([held.kind, doubleClick.kind]).toEqual(['changed', 'busy']);
    expect(busyWhileChecking).toBe(true);
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(0);
    changed = false;
    expect((await controller.submit()).kind).toBe('sent');
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(1);
  });

  it('given a required answer missing / should name its step and send nothing', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, uuid } = setUp(client, application);
    type('first_name', 'Ada');

    const outcome = await controller.submit();

    expect(outcome.kind).toBe('incomplete');
    if (outcome.kind !== 'incomplete') return;
    expect(outcome.missing[0]?.question.attribute.key).toBe('last_name');
    expect(outcome.missing[0]?.stepIndex).toBe(0);
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(0);
  });

  it('given a new phone number waiting for its code / should open the prompt and send the code to that number at once', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, codesRequested, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', ['sms']);

    expect(await controller.submit()).toEqual({ kind: 'signing' });
    const signing = await delivered();

    expect(signing).toMatchObject({
      moment: 'send',
      requests: [{ provider: 'sms', destination: '+4915112345678', keys: ['phone'] }],
      deliveries: { sms: { phase: 'sent' } },
    });
    expect(codesRequested).toEqual(['sms +4915112345678']);
    expect(sandbox.inspect(uuid)?.answers.phone ?? null).toBeNull();
  });

  it('given a wrong code, then the right one / should keep the prompt open, then save the phone', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, uuid } = setUp(client, application);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('leave_step');
    await delivered();

    await expect(controller.confirmSignature({ sms: '000000' })).rejects.toBeInstanceOf(KycSignatureRequiredError);
    expect(controller.getSnapshot().signing?.moment).toBe('leave_step');
    expect(sandbox.inspect(uuid)?.answers.phone ?? null).toBeNull();

    expect(await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE })).toEqual({
      kind: 'signed',
      thenContinue: true,
    });
    expect(controller.getSnapshot().signing).toBeNull();
    expect(sandbox.inspect(uuid)?.answers.phone).toBe('+4915112345678');
  });

  it('given the client cancels the code / should close the prompt and keep the phone unsaved', async () => {
    const { client, application } = await basicApplication();
    const { controller, queue, type } = setUp(client, application);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');

    controller.cancelSignature();

    expect(controller.getSnapshot().signing).toBeNull();
    expect(queue.pendingValue('phone')).toEqual({ value: '+4915112345678' });
  });

  it('given nothing waits for a code / should not open the prompt', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, codesRequested } = setUp(client, application);
    type('first_name', 'Ada');
    expect(controller.requestSignature('leave_step')).toBe(false);
    expect(controller.getSnapshot().signing).toBeNull();
    expect(codesRequested).toEqual([]);
  });

  it('given the send fails with a server error / should say so, then send on the next try', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    await delivered();
    await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });
    sandbox.setFaults({ routes: { sendToReview: { failureRate: 1 } } });

    const failed = await controller.submit();

    expect(failed.kind).toBe('failed');
    expect(controller.getSnapshot().failure).toMatchObject({ reason: 'request' });
    expect(sandbox.inspect(uuid)?.status).toBe('draft');

    sandbox.setFaults(undefined);
    expect((await controller.submit()).kind).toBe('sent');
    expect(controller.getSnapshot().failure).toBeNull();
    expect(sandbox.inspect(uuid)?.status).toBe('in_review');
  });

  it('given an answer the server refuses / should not send and say the answers are not saved', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('citizenship', 'XX'); // not one of the options

    const outcome = await controller.submit();

    expect(outcome).toEqual({ kind: 'failed', failure: { reason: 'unsaved' } });
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(0);
  });

  it('given a disposed controller / should no longer notify', async () => {
    const { client, application } = await basicApplication();
    const { controller, type } = setUp(client, application);
    type('phone', '+4915112345678', ['sms']);
    let notified = 0;
    controller.subscribe(() => (notified += 1));
    controller.dispose();
    controller.requestSignature('confirm');
    expect(notified).toBe(0);
  });
});
