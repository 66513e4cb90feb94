/** `mountKycFlow(element, options)`: `<KycFlow>` for pages that do not use React. */
import { createRoot, type Root } from 'react-dom/client';
import { KycFlow, type KycFlowProps } from '../react/KycFlow';
import { injectStyles } from './injectStyles';

/** What `mountKycFlow` takes: every prop of `<KycFlow>`. */
export type MountKycFlowOptions = KycFlowProps;

const mounted = new WeakMap<Element, Root>();

/**
 * Renders the widget into `element` with its own React root (React is inside the standalone script) and
 * returns a function that unmounts it. One widget per element.
 *
 * @example
 * import { mountKycFlow } from '/assets/kyc-flow.js';
 *
 * const unmount = mountKycFlow(document.getElementById('kyc'), {
 *   apiBaseUrl: '/kyc',
 *   onComplete: ({ status }) => { if (status === 'approved') location.assign('/account'); },
 * });
 */
export function mountKycFlow(element: Element, options: MountKycFlowOptions): () => void {
  if (mounted.has(element)) {
    throw new Error(
      'mountKycFlow: a KYC flow is already mounted in this element; call the function the first mount returned before mounting again.',
    );
  }
  injectStyles(element.ownerDocument);
  const root = createRoot(element);
  mounted.set(element, root);
  root.render(<KycFlow {...options} />);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    mounted.delete(element);
    root.unmount();
  };
}

/** Renders new options into an element `mountKycFlow` mounted (used by the custom element). */
export function updateKycFlow(element: Element, options: MountKycFlowOptions): boolean {
  const root = mounted.get(element);
  if (!root) return false;
  root.render(<KycFlow {...options} />);
  return true;
}
