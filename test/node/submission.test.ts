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
    const { controller, type, sendCode, sent, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    // The phone is signed: sign it up front so the send needs nothing more.
    type('phone', '+4915112345678', true);
    expect(controller.requestSignature({ thenContinue: false })).toBe(true);
    await sendCode();
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
    const { controller, type, sendCode, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', true);
    controller.requestSignature({ thenContinue: false });
    await sendCode();
    await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });

    const [first, second] = await Promise.all([controller.submit(), controller.submit()]);

    expect([first.kind, second.kind]).toEqual(['sent', 'busy']);
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

  it('given a new phone number waiting for its code / should ask for the SMS code sent to that number', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', true);

    expect(await controller.submit()).toEqual({ kind: 'signing' });
    expect(controller.getSnapshot().signing).toEqual({
      purpose: 'save',
      requests: [{ provider: 'sms', destination: '+4915112345678', keys: ['phone'] }],
      thenContinue: false,
    });
    expect(sandbox.inspect(uuid)?.answers.phone ?? null).toBeNull();
  });

  it('given a wrong code, then the right one / should keep the dialog open, then save the phone', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, sendCode, uuid } = setUp(client, application);
    type('phone', '+4915112345678', true);
    controller.requestSignature({ thenContinue: true });
    await sendCode();

    await expect(controller.confirmSignature({ sms: '000000' })).rejects.toBeInstanceOf(KycSignatureRequiredError);
    expect(controller.getSnapshot().signing?.purpose).toBe('save');
    expect(sandbox.inspect(uuid)?.answers.phone ?? null).toBeNull();

    expect(await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE })).toEqual({
      kind: 'signed',
      thenContinue: true,
    });
    expect(controller.getSnapshot().signing).toBeNull();
    expect(sandbox.inspect(uuid)?.answers.phone).toBe('+4915112345678');
  });

  it('given the client cancels the code / should close the dialog and keep the phone unsaved', async () => {
    const { client, application } = await basicApplication();
    const { controller, queue, type } = setUp(client, application);
    type('phone', '+4915112345678', true);
    controller.requestSignature({ thenContinue: false });

    controller.cancelSignature();

    expect(controller.getSnapshot().signing).toBeNull();
    expect(queue.pendingValue('phone')).toEqual({ value: '+4915112345678' });
  });

  it('given nothing waits for a code / should not open the dialog', async () => {
    const { client, application } = await basicApplication();
    const { controller, type } = setUp(client, application);
    type('first_name', 'Ada');
    expect(controller.requestSignature({ thenContinue: true })).toBe(false);
    expect(controller.getSnapshot().signing).toBeNull();
  });

  it('given the send fails with a server error / should say so, then send on the next try', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, sendCode, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', true);
    controller.requestSignature({ thenContinue: false });
    await sendCode();
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
    type('phone', '+4915112345678', true);
    let notified = 0;
    controller.subscribe(() => (notified += 1));
    controller.dispose();
    controller.requestSignature({ thenContinue: false });
    expect(notified).toBe(0);
  });
});
