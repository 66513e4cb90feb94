/**
 * Sending to review and confirming codes when an answer is lost (timeout, dropped connection): the
 * controller reads the server to learn what happened and never repeats a send or a used code blindly;
 * a second press while one runs sends nothing.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_SIGN_CODE } from '../../src/sandbox';
import { BASIC_ANSWERS, basicApplication, sandbox, setUp } from '../support/submissionHarness';

describe('submission controller, lost answers', () => {
  it('given the send-to-review answer is lost after the server put it in review / should say sent, not failed, and send once', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, sent, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    await delivered();
    await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });
    sandbox.setFaults({ routes: { sendToReview: { lostResponseRate: 1 } } });

    const outcome = await controller.submit();
    sandbox.setFaults(undefined);

    expect(outcome.kind).toBe('sent');
    expect(sent.map((app) => app.status)).toEqual(['in_review']);
    expect(controller.getSnapshot().failure).toBeNull();
    expect(sandbox.inspect(uuid)).toMatchObject({ status: 'in_review', sendToReviewCount: 1 });
  });

  it('given every send dropped before the server handled it / should say it failed, then send on the next try', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    await delivered();
    await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });
    sandbox.setFaults({ routes: { sendToReview: { dropRate: 1 } } });

    expect((await controller.submit()).kind).toBe('failed');
    expect(sandbox.inspect(uuid)).toMatchObject({ status: 'draft', sendToReviewCount: 0 });

    sandbox.setFaults(undefined);
    expect((await controller.submit()).kind).toBe('sent');
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(1);
  });

  it('given one send dropped before the server handled it / should read, see it was not sent, and send once more', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, sent, uuid } = setUp(client, application);
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    await delivered();
    await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });
    sandbox.setFaults({ routes: { sendToReview: { dropRate: 1, times: 1 } } });

    const outcome = await controller.submit();

    expect(outcome.kind).toBe('sent');
    expect(sent.map((app) => app.status)).toEqual(['in_review']);
    expect(sandbox.inspect(uuid)).toMatchObject({ status: 'in_review', sendToReviewCount: 1 });
  });

  it('given a lost answer and no way to read the application / should report the failure rather than guess', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered } = setUp(client, application, { reread: false });
    for (const [key, value] of Object.entries(BASIC_ANSWERS)) type(key, value);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    await delivered();
    await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });
    sandbox.setFaults({ routes: { sendToReview: { lostResponseRate: 1 } } });

    const outcome = await controller.submit();
    sandbox.setFaults(undefined);

    expect(outcome.kind).toBe('failed');
  });

  it('given the signed save’s answer is lost after the server used the code / should count the phone as signed', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, uuid } = setUp(client, application);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('leave_step');
    await delivered();
    const before = sandbox.inspect(uuid)?.patchCount ?? 0;
    sandbox.setFaults({ routes: { updateApplication: { lostResponseRate: 1, times: 1 } } });

    const outcome = await controller.confirmSignature({ sms: SANDBOX_SIGN_CODE });
    sandbox.setFaults(undefined);

    expect(outcome).toEqual({ kind: 'signed', thenContinue: true });
    expect(sandbox.inspect(uuid)?.answers.phone).toBe('+4915112345678');
    // The used code was not sent again: the application was read instead.
    expect((sandbox.inspect(uuid)?.patchCount ?? 0) - before).toBe(1);
  });

  it('given Confirm pressed twice / should confirm once', async () => {
    const { client, application } = await basicApplication();
    const { controller, type, delivered, uuid } = setUp(client, application);
    type('phone', '+4915112345678', ['sms']);
    controller.requestSignature('confirm');
    await delivered();
    const before = sandbox.inspect(uuid)?.patchCount ?? 0;

    const [first, second] = await Promise.all([
      controller.confirmSignature({ sms: SANDBOX_SIGN_CODE }),
      controller.confirmSignature({ sms: SANDBOX_SIGN_CODE }),
    ]);

    expect([first.kind, second.kind]).toEqual(['signed', 'busy']);
    expect((sandbox.inspect(uuid)?.patchCount ?? 0) - before).toBe(1);
  });
});
