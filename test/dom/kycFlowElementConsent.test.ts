/**
 * `<kyc-flow>` turns the flow's consent callback into a bubbling `kyc-consent` DOM event. The flow itself
 * is replaced by a stand-in that records its props (the consent path is tested with the field).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentDetails } from '../../src/core/consent';
import type { KycFlowProps } from '../../src/react/KycFlow';

const mounts: KycFlowProps[] = [];
vi.mock('../../src/standalone/mountKycFlow', () => ({
  mountKycFlow: (_element: Element, props: KycFlowProps) => {
    mounts.push(props);
    return () => {};
  },
  updateKycFlow: () => false,
}));

const { defineKycFlowElement } = await import('../../src/standalone/KycFlowElement');

const details: ConsentDetails = {
  action: 'accepted',
  attributeKey: 'terms_and_conditions',
  applicationUuid: 'a1b2c3d4-0000-4000-8000-000000000001',
  documentUuid: '5a7c3e10-2b4d-4f6a-8c1e-9d0b7a6f3e21',
  documentKey: 'terms_and_conditions',
  documentVersion: '2.1',
  locale: 'en',
  at: '2026-03-03T09:30:00.000Z',
  shown: 'content',
  sha256: 'a'.repeat(64),
  sourceSha256: 'b'.repeat(64),
};

afterEach(() => {
  document.body.innerHTML = '';
  mounts.length = 0;
});

describe('<kyc-flow> consent', () => {
  it('should dispatch kyc-consent with the details, bubbling, and still call options.onConsent', () => {
    defineKycFlowElement('kyc-flow-consent-test');
    const element = document.createElement('kyc-flow-consent-test') as HTMLElement & {
      options: Partial<KycFlowProps>;
    };
    const onConsent = vi.fn();
    element.options = { onConsent };
    element.setAttribute('api-base-url', '/kyc');
    element.setAttribute('legal-entity-uuid', '11111111-1111-4111-8111-111111111111');
    element.setAttribute('client-uuid', '22222222-2222-4222-8222-222222222222');
    const heard: CustomEvent[] = [];
    document.addEventListener('kyc-consent', (event) => heard.push(event as CustomEvent));
    document.body.append(element);

    mounts.at(-1)?.onConsent?.(details);

    expect(heard).toHaveLength(1);
    expect(heard[0]?.detail).toEqual(details);
    expect(heard[0]?.target).toBe(element);
    expect(onConsent).toHaveBeenCalledExactlyOnceWith(details);
  });
});
