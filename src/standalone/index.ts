/**
 * The standalone script (`dist/standalone/kyc-flow.js`, React included): loading it registers the
 * `<kyc-flow>` element and exposes `mountKycFlow` (as `window.KycFlowStandalone` when loaded with a
 * plain `<script>` tag).
 */
import { defineKycFlowElement } from './KycFlowElement';

export { mountKycFlow, type MountKycFlowOptions } from './mountKycFlow';
export { KycFlowElement, defineKycFlowElement, KYC_FLOW_TAG } from './KycFlowElement';

defineKycFlowElement();
