/**
 * `<kyc-flow api-base-url="/kyc">`: the KYC flow as a custom element, for pages without React. It shows
 * once `api-base-url` is set. Optional attributes: `legal-entity-uuid` and `client-uuid` (leave them out
 * when the partner's backend proxy fills them in, as `react-kyc-flow/server` does), `application-uuid`,
 * `client-type`, `locale`.
 * The flow's callbacks become DOM events on the element (they bubble and cross no shadow root):
 * `kyc-status-change`, `kyc-step-change`, `kyc-complete`, `kyc-error`, `kyc-consent`, each with the
 * details object as `event.detail` (`kyc-error`: `{ error, details }`; `kyc-consent`: the saved
 * acceptance or withdrawal of a legal document, see docs/consent.md), and every event of the `onEvent`
 * stream as `kyc-event` (`event.detail`: the `KycEvent`). Headers, a custom `fetch`, theme and messages
 * are set through the `options` property (`element.options = { getHeaders }`).
 *
 * Typed for TypeScript users: `document.querySelector('kyc-flow')` is a `KycFlowElement`, its
 * `addEventListener('kyc-complete', …)` knows each event's `detail`, and `<kyc-flow>` is a JSX element
 * for React 18 and 19 (see kycFlowElementTypes.ts).
 */
import type { KycFlowProps } from '../react/KycFlow';
import type { KycFlowElementEventMap } from './kycFlowElementTypes';
import { mountKycFlow, updateKycFlow } from './mountKycFlow';

/** The element's tag name, registered when the standalone script loads. */
export const KYC_FLOW_TAG = 'kyc-flow';

const ATTRIBUTES = {
  'api-base-url': 'apiBaseUrl',
  'legal-entity-uuid': 'legalEntityUuid',
  'client-uuid': 'clientUuid',
  'application-uuid': 'applicationUuid',
  'client-type': 'clientType',
  locale: 'locale',
} as const;

type AttributeName = keyof typeof ATTRIBUTES;
/** What `<kyc-flow>` takes through its `options` property: every `<KycFlow>` prop but the three attributes. */
export type KycFlowElementOptions = Omit<KycFlowProps, 'apiBaseUrl' | 'legalEntityUuid' | 'clientUuid'>;

// Without a DOM (server rendering, Node) there is no HTMLElement to extend; the class is never defined there.
const Base: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * `<kyc-flow>`: the KYC flow as a custom element (attributes, `options` property and DOM events: see the
 * top of this file and docs/reference.md).
 *
 * @example
 * <kyc-flow api-base-url="/kyc" locale="de"></kyc-flow>
 * <script type="module">
 *   const element = document.querySelector('kyc-flow');
 *   element.options = { getHeaders: async () => ({ 'X-CSRF-Token': csrfToken() }) };
 *   element.addEventListener('kyc-complete', (event) => console.info(event.detail.status));
 * </script>
 */
export class KycFlowElement extends Base {
  static get observedAttributes(): string[] {
    return Object.keys(ATTRIBUTES);
  }

  // The element's own events, typed (`event.detail`), on addEventListener / removeEventListener.
  override addEventListener<K extends keyof KycFlowElementEventMap>(
    type: K,
    listener: (this: KycFlowElement, event: KycFlowElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof KycFlowElementEventMap>(
    type: K,
    listener: (this: KycFlowElement, event: KycFlowElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
  }

  #unmount: (() => void) | undefined;
  #options: KycFlowElementOptions = {};

  /** Options attributes cannot carry (functions, objects): `getHeaders`, `fetch`, `theme`, `messages` … */
  get options(): KycFlowElementOptions {
    return this.#options;
  }

  set options(value: KycFlowElementOptions) {
    this.#options = value;
    this.#render();
  }

  connectedCallback(): void {
    this.#render();
  }

  disconnectedCallback(): void {
    this.#unmount?.();
    this.#unmount = undefined;
  }

  attributeChangedCallback(): void {
    this.#render();
  }

  #props(): KycFlowProps | null {
    const read = (name: AttributeName): string | undefined => this.getAttribute(name) ?? undefined;
    const apiBaseUrl = read('api-base-url');
    if (!apiBaseUrl) return null;
    const fire = <K extends keyof KycFlowElementEventMap>(type: K, detail: KycFlowElementEventMap[K]['detail']) => {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    };
    const own = this.#options;
    return {
      ...own,
      apiBaseUrl,
      // Absent in proxy mode: the partner's backend sets both from its own session.
      legalEntityUuid: read('legal-entity-uuid'),
      clientUuid: read('client-uuid'),
      applicationUuid: read('application-uuid') ?? own.applicationUuid,
      clientType: read('client-type') ?? own.clientType,
      locale: read('locale') ?? own.locale,
      onStatusChange: (details) => {
        own.onStatusChange?.(details);
        fire('kyc-status-change', details);
      },
      onStepChange: (details) => {
        own.onStepChange?.(details);
        fire('kyc-step-change', details);
      },
      onComplete: (details) => {
        own.onComplete?.(details);
        fire('kyc-complete', details);
      },
      onError: (error, details) => {
        own.onError?.(error, details);
        fire('kyc-error', { error, details });
      },
      onConsent: (details) => {
        own.onConsent?.(details);
        fire('kyc-consent', details);
      },
      onEvent: (event) => {
        own.onEvent?.(event);
        fire('kyc-event', event);
      },
    };
  }

  #render(): void {
    if (!this.isConnected) return;
    const props = this.#props();
    if (!props) {
      // No `api-base-url` yet (a framework may set attributes one by one): show nothing until it is there.
      this.#unmount?.();
      this.#unmount = undefined;
      return;
    }
    if (!this.#unmount || !updateKycFlow(this, props)) this.#unmount = mountKycFlow(this, props);
  }
}

/** Registers `<kyc-flow>` (once; a second script on the page is harmless). */
export function defineKycFlowElement(tag: string = KYC_FLOW_TAG): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, class extends KycFlowElement {});
}
