/**
 * The standalone script (`dist/standalone/kyc-flow.js`, React included): loading it registers the
 * `<kyc-flow>` element and exposes `mountKycFlow` (as `window.KycFlowStandalone` when loaded with a
 * plain `<script>` tag). Its types declare `<kyc-flow>` for TypeScript (kycFlowElementTypes.ts).
 */
import { defineKycFlowElement } from './KycFlowElement';

export { mountKycFlow, type MountKycFlowOptions } from './mountKycFlow';
export { KycFlowElement, defineKycFlowElement, KYC_FLOW_TAG, type KycFlowElementOptions } from './KycFlowElement';
export type { KycFlowElementAttributes, KycFlowElementEventMap, KycFlowJsxProps } from './kycFlowElementTypes';

defineKycFlowElement();
