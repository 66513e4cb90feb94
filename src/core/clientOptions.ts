/** The options of the API client (`createKycClient`) and of its calls. */
import type { CallOptions, TransportOptions } from './http';
import type { SignProvider } from './schemas';
import type { UploadProgressHandler } from './upload';

export interface KycClientOptions extends TransportOptions {
  /**
   * The partner's legal entity, sent as `legal_entity_uuid`. Leave it out when the partner's backend
   * proxy fills it in (`react-kyc-flow/server` does): the browser then never holds it.
   */
  legalEntityUuid?: string | undefined;
  /**
   * The customer's KYC client, sent as `client_uuid`. Leave it out when the partner's backend proxy
   * fills it in from its own session (`react-kyc-flow/server` does), so one customer cannot act as another.
   */
  clientUuid?: string | undefined;
  /** Client type used to pick legal documents. Default `individual`. */
  clientType?: string | undefined;
}

/** Lifetime parameters of the SumSub liveness token, in seconds. */
export interface LivenessTokenTtl {
  ttlMin?: number | undefined;
  ttlMax?: number | undefined;
  ttlRenew?: boolean | undefined;
}

export interface GetApplicationOptions extends CallOptions {
  /** Return volatile values (the liveness token) empty so reading never mints a token. */
  emptyVolatileFields?: boolean | undefined;
  liveness?: LivenessTokenTtl | undefined;
}

export interface UploadOptions extends CallOptions {
  onProgress?: UploadProgressHandler | undefined;
}

export interface VerificationCodeRequest {
  applicationUuid: string;
  provider: SignProvider;
  /** The new phone number or e-mail, when the client enters or changes it. */
  destination?: string | undefined;
}
