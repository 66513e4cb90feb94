/**
 * TypeScript types of `<kyc-flow>` for partners: its DOM events, `document.querySelector('kyc-flow')`
 * (`HTMLElementTagNameMap`) and the element in JSX for React 18 and 19. They come with
 * `react-kyc-flow/standalone`: importing it (or `import type {} from 'react-kyc-flow/standalone'` on a page
 * that loads the script with a `<script>` tag) makes them visible.
 *
 * @example
 * const element = document.querySelector('kyc-flow');
 * element?.addEventListener('kyc-complete', (event) => console.info(event.detail.status));
 * element?.addEventListener('kyc-event', (event) => analytics.track(event.detail.type));
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ErrorDetails, CompleteDetails, StatusChangeDetails, StepChangeDetails } from '../react/context/callbacks';
import type { KycEvent } from '../react/context/events';
import type { ConsentDetails } from '../core/consent';
import type { KycFlowElement, KycFlowElementOptions } from './KycFlowElement';

/** The DOM events `<kyc-flow>` dispatches (they bubble), each with its `detail`. */
export interface KycFlowElementEventMap {
  'kyc-status-change': CustomEvent<StatusChangeDetails>;
  'kyc-step-change': CustomEvent<StepChangeDetails>;
  'kyc-complete': CustomEvent<CompleteDetails>;
  'kyc-error': CustomEvent<{ error: Error; details: ErrorDetails }>;
  'kyc-consent': CustomEvent<ConsentDetails>;
  /** Every event of the `onEvent` stream. */
  'kyc-event': CustomEvent<KycEvent>;
}

/** The attributes of `<kyc-flow>`; the flow shows once `api-base-url` is set. */
export interface KycFlowElementAttributes {
  /** Base URL of the KYC API, usually the partner's backend proxy (`/kyc`). */
  'api-base-url'?: string | undefined;
  /** `legal_entity_uuid`; leave out when the backend proxy fills it in. */
  'legal-entity-uuid'?: string | undefined;
  /** `client_uuid`; leave out when the backend proxy fills it in from the partner's own session. */
  'client-uuid'?: string | undefined;
  /** Continue this application instead of the client's last one. */
  'application-uuid'?: string | undefined;
  /** Default `individual`. */
  'client-type'?: string | undefined;
  /** Default `en`. */
  locale?: string | undefined;
}

/** `<kyc-flow>` in JSX: its attributes and those of any HTML element (`id`, `className`, `ref` …). */
export type KycFlowJsxProps = DetailedHTMLProps<HTMLAttributes<KycFlowElement>, KycFlowElement> &
  KycFlowElementAttributes & {
    /**
     * React 19 sets it as the element's `options` property; with React 18 set it through a `ref`
     * (`element.options = …`) instead, as React 18 would write it as an attribute.
     */
    options?: KycFlowElementOptions | undefined;
  };

declare global {
  interface HTMLElementTagNameMap {
    'kyc-flow': KycFlowElement;
  }
}

declare module 'react' {
  // React 18.3 and 19 types read JSX intrinsic elements from `React.JSX`.
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the shape React's types augment
  namespace JSX {
    interface IntrinsicElements {
      'kyc-flow': KycFlowJsxProps;
    }
  }
}
