import { describe, expect, it } from 'vitest';
import { applicationToShow, decisionOf, isAwaitingDecision, needsLevelInfo, screenFor } from './screen';
import type { Application, LevelInfo, Question } from './schemas';

function q(key: string, value: unknown, note?: string): Question {
  return {
    title: key,
    is_required: true,
    attribute: {
      key,
      type: 'string',
      value,
      ...(note ? { verification: { sumsub: { verificator: 'sumsub', status: 'rejected', client_note: note } } } : {}),
    },
  };
}

function application(status: string, steps: Question[][] = [[q('first_name', 'Ada')]]): Application {
  return {
    uuid: 'app-1',
    status,
    kyc_level: { uuid: 'level-1', name: 'Basic' },
    kyc_steps: steps.map((questions, index) => ({ title: `Step ${index + 1}`, questions })),
  };
}

function levelInfo(allowed: boolean, last: string | null = null): LevelInfo {
  return {
    current_level: null,
    allowed_to_create_kyc_application: allowed,
    available_levels_for_upgrade: [{ uuid: 'level-1', name: 'Basic' }],
    last_kyc_application_uuid: last,
  };
}

describe('screenFor', () => {
  it('given no application / should wait for the level info, then offer the level choice', () => {
    expect(screenFor({ hasApplication: false })).toEqual({ name: 'loading' });
    expect(screenFor({ hasApplication: false, levelInfoFailed: true })).toEqual({
      name: 'error',
      failed: 'level_info',
    });
    expect(screenFor({ hasApplication: false, levelInfo: levelInfo(true) })).toEqual({ name: 'level_choice' });
  });

  it('given an application that is not read yet / should wait, or say it failed', () => {
    expect(screenFor({ hasApplication: true })).toEqual({ name: 'loading' });
    expect(screenFor({ hasApplication: true, applicationFailed: true })).toEqual({
      name: 'error',
      failed: 'application',
    });
  });

  it('given a draft / should open the first step with a required question left', () => {
    const app = application('draft', [[q('first_name', 'Ada')], [q('last_name', null)]]);
    expect(screenFor({ hasApplication: true, application: app })).toEqual({ name: 'questionnaire', step: 1 });
  });

  it('given a draft with every answer / should open the summary, counting unsaved answers too', () => {
    const app = application('draft', [[q('first_name', 'Ada')], [q('last_name', null)]]);
    const overrides = new Map([['last_name', 'Lovelace']]);
    expect(screenFor({ hasApplication: true, application: app, overrides })).toEqual({ name: 'summary' });
  });

  it.each(['pending', 'Pending', ' PENDING '])(
    'given the status %j / should show the corrections, starting at the first noted step',
    (status) => {
      const app = application(status, [[q('first_name', 'Ada')], [q('passport', null, 'The photo is blurred.')]]);
      expect(screenFor({ hasApplication: true, application: app })).toEqual({ name: 'corrections', firstStep: 1 });
    },
  );

  it.each([
    ['in_review', 'in_review'],
    ['In_Review', 'in_review'],
    ['approved', 'approved'],
    ['APPROVED', 'approved'],
  ])('given the status %j / should show the %s screen', (status, name) => {
    expect(screenFor({ hasApplication: true, application: application(status) })).toEqual({ name });
  });

  it('given a final rejection / should offer a new application only when the level info allows it', () => {
    const app = application('rejected');
    expect(screenFor({ hasApplication: true, application: app })).toEqual({
      name: 'rejected',
      canStartNew: undefined,
    });
    expect(screenFor({ hasApplication: true, application: app, levelInfo: levelInfo(false) })).toEqual({
      name: 'rejected',
      canStartNew: false,
    });
    expect(screenFor({ hasApplication: true, application: app, levelInfo: levelInfo(true) })).toEqual({
      name: 'rejected',
      canStartNew: true,
    });
  });

  it.each(['on_hold', '', 'draft_v2'])('given the unknown status %j / should never open the form', (status) => {
    expect(screenFor({ hasApplication: true, application: application(status) })).toEqual({ name: 'unknown', status });
  });
});

describe('applicationToShow', () => {
  it('should prefer the chosen application, then the given one, then the last one', () => {
    const info = levelInfo(true, 'last');
    expect(applicationToShow({ given: 'given', chosen: 'chosen', startingNew: false, levelInfo: info })).toBe('chosen');
    expect(applicationToShow({ given: 'given', chosen: undefined, startingNew: false, levelInfo: info })).toBe('given');
    expect(applicationToShow({ given: undefined, chosen: undefined, startingNew: false, levelInfo: info })).toBe(
      'last',
    );
  });

  it('given the client starts a new application / should show none until one is created', () => {
    const info = levelInfo(true, 'last');
    expect(applicationToShow({ given: 'given', chosen: undefined, startingNew: true, levelInfo: info })).toBe(
      undefined,
    );
  });
});

describe('needsLevelInfo', () => {
  it('given an application to show in draft / should not read the level info (one round trip)', () => {
    expect(needsLevelInfo({ given: 'app-1', startingNew: false, application: undefined })).toBe(false);
    expect(needsLevelInfo({ given: 'app-1', startingNew: false, application: application('draft') })).toBe(false);
  });

  it.each(['rejected', 'Rejected'])(
    'given an application that was %j / should read the level info to know whether to offer a new one',
    (status) => {
      expect(needsLevelInfo({ given: 'app-1', startingNew: false, application: application(status) })).toBe(true);
    },
  );

  it('given no application or a new start / should read the level info', () => {
    expect(needsLevelInfo({ given: undefined, startingNew: false, application: undefined })).toBe(true);
    expect(needsLevelInfo({ given: 'app-1', startingNew: true, application: undefined })).toBe(true);
  });
});

describe('decisions', () => {
  it('should watch only an application in review, and know the final decisions whatever their case', () => {
    expect(isAwaitingDecision(application(' In_Review'))).toBe(true);
    expect(isAwaitingDecision(application('draft'))).toBe(false);
    expect(isAwaitingDecision(undefined)).toBe(false);
    expect(decisionOf(application('Approved'))).toBe('approved');
    expect(decisionOf(application('rejected'))).toBe('rejected');
    expect(decisionOf(application('pending'))).toBe(undefined);
  });
});
