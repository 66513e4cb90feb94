/**
 * `<kyc-flow>` in proxy mode: the page sets only `api-base-url`; the partner's backend (here a stand-in
 * `fetch` that adds the customer's ids, as `react-kyc-flow/server` does) names the customer. The widget
 * must show the customer's application, and the page must never send either uuid.
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, createSandboxFetch } from '../../src/sandbox';
import { defineKycFlowElement, type KycFlowElement } from '../../src/standalone/KycFlowElement';

const API = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 11 });
const sandboxFetch = createSandboxFetch(sandbox, { baseUrl: API });

/** The partner's backend proxy, reduced to what matters here: it sets the ids from its own session. */
function proxyFor(ids: { legalEntityUuid: string; clientUuid: string }, sent: string[]): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    sent.push(url.href);
    url.searchParams.set('legal_entity_uuid', ids.legalEntityUuid);
    url.searchParams.set('client_uuid', ids.clientUuid);
    return sandboxFetch(url.href, init);
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<kyc-flow> with only api-base-url', () => {
  it('given a backend proxy that names the customer / should show their application and send no uuid from the page', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.seed('in_review');
    const sent: string[] = [];
    defineKycFlowElement('kyc-flow-proxy-test');
    const element = document.createElement('kyc-flow-proxy-test') as KycFlowElement;
    element.options = { fetch: proxyFor({ legalEntityUuid, clientUuid }, sent) };
    element.setAttribute('api-base-url', API);
    document.body.append(element);

    expect(await screen.findByText('Your verification is being reviewed', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((url) => url.includes(legalEntityUuid) || url.includes(clientUuid))).toEqual([]);
    expect(sent.filter((url) => /legal_entity_uuid|client_uuid/.test(url))).toEqual([]);
  });
});
