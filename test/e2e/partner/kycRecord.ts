/** What the e2e partner page records from <KycFlow>'s callbacks (read by tests through `window.__kyc`). */
import type { CompleteDetails, StatusChangeDetails, StepChangeDetails } from '../../../src';

export interface KycRecord {
  complete: CompleteDetails[];
  status: StatusChangeDetails[];
  steps: StepChangeDetails[];
  events: string[];
  errors: { name: string; during: string }[];
}
