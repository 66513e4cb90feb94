/**
 * The typed KYC API client: one method per endpoint of the contract, each validating its answer
 * at run time and failing with a typed `KycError`. React-free; the widget's hooks sit on top of it.
 *
 * @example
 * const client = createKycClient({ baseUrl: '/kyc', legalEntityUuid, clientUuid, getHeaders: async () => ({ Authorization: `Bearer ${await session()}` }) });
 * const info = await client.getLevelInfo();
 */
import { createTransport, type CallOptions } from './http';
import type { SignCodes } from './autosaveTypes';
import type {
  GetApplicationOptions,
  KycClientOptions,
  LivenessTokenTtl,
  UploadOptions,
  VerificationCodeRequest,
} from './clientOptions';
import { KycNotFoundError } from './errors';
import { savedDespiteLostAnswer } from './lostSave';
import { readAllPages } from './readAllPages';
import { sentSignProviders, signCodeQuery } from './signCodes';
import { uploadFiles } from './uploadFiles';
import {
  ApplicationSchema,
  AttributeSchema,
  DefinitionPageSchema,
  DocumentSchema,
  LegalDocumentPageSchema,
  LevelInfoSchema,
  VerificationCodeSchema,
  type Application,
  type Attribute,
  type AttributeChange,
  type Definition,
  type KycDocument,
  type LegalDocument,
  type LevelInfo,
  type UploadedFile,
  type VerificationCode,
} from './schemas';

/** Sign codes for a PATCH or a send-to-review, by provider: one type, shared with the autosave queue. */
export type { SignCodes } from './autosaveTypes';
export type * from './clientOptions';

export type KycClient = ReturnType<typeof createKycClient>;

export function createKycClient(options: KycClientOptions) {
  const transport = createTransport(options);
  const common = { legal_entity_uuid: options.legalEntityUuid, client_uuid: options.clientUuid };
  const app = (uuid: string) => `/v1/kyc/${encodeURIComponent(uuid)}/`;

  function getApplication(uuid: string, call: GetApplicationOptions = {}): Promise<Application> {
    const query = {
      ...common,
      empty_volatile_fields: call.emptyVolatileFields,
      'sumsub_liveness_check_token.ttl_min': call.liveness?.ttlMin,
      'sumsub_liveness_check_token.ttl_max': call.liveness?.ttlMax,
      'sumsub_liveness_check_token.ttl_renew': call.liveness?.ttlRenew,
    };
    return transport.request(
      { method: 'GET', path: app(uuid), endpoint: 'GET /v1/kyc/{uuid}/', query, schema: ApplicationSchema },
      call,
    );
  }

  return {
    options: { baseUrl: options.baseUrl, legalEntityUuid: options.legalEntityUuid, clientUuid: options.clientUuid },
    /** Whether the partner's session works (`session.ts`): expired after a 401 that fresh headers did not fix. */
    session: transport.session,

    /** The client's current level, the levels they may apply for, and their last application. */
    getLevelInfo(call?: CallOptions): Promise<LevelInfo> {
      return transport.request(
        {
          method: 'GET',
          path: '/v1/clients/kyc-level-info/',
          endpoint: 'GET /v1/clients/kyc-level-info/',
          query: common,
          schema: LevelInfoSchema,
        },
        call,
      );
    },

    /** Creates an application (a questionnaire) for the given level. */
    createApplication(kycLevelUuid: string, call?: CallOptions): Promise<Application> {
      return transport.request(
        {
          method: 'POST',
          path: '/v1/clients/kyc-level-info/',
          endpoint: 'POST /v1/clients/kyc-level-info/',
          query: common,
          body: { kyc_level_uuid: kycLevelUuid },
          schema: ApplicationSchema,
        },
        call,
      );
    },

    /** The application; `emptyVolatileFields` keeps reading from minting a liveness token. */
    getApplication,

    /**
     * Saves answers; pass sign codes when a changed attribute has `sign_providers`. A code is used up once
     * accepted, so a signed save whose answer is lost is not repeated: the application is read, and when it
     * already holds the changes that is the answer.
     */
    updateApplication(
      uuid: string,
      changes: AttributeChange[],
      signCodes?: SignCodes,
      call?: CallOptions,
    ): Promise<Application> {
      const signed = sentSignProviders(signCodes);
      const patch = transport.request(
        {
          method: 'PATCH',
          path: app(uuid),
          endpoint: 'PATCH /v1/kyc/{uuid}/',
          query: { ...common, ...signCodeQuery(signCodes) },
          body: { attribute_changes: changes },
          schema: ApplicationSchema,
          sentSignProviders: signed,
        },
        call,
      );
      if (signed.length === 0) return patch;
      const read = () => getApplication(uuid, { emptyVolatileFields: true, signal: call?.signal });
      return savedDespiteLostAnswer(patch, changes, read, call?.signal);
    },

    /** Every option of a reference attribute, following pagination on the API's own origin. */
    getDefinitions(attributeKey: string, call?: CallOptions): Promise<Definition[]> {
      const path = `/v1/attributes/${encodeURIComponent(attributeKey)}/definitions/`;
      const endpoint = 'GET /v1/attributes/{key}/definitions/';
      return readAllPages(transport, { path, endpoint, schema: DefinitionPageSchema }, call);
    },

    /** The legal document the client must accept for an attribute key. */
    async getLegalDocument(key: string, call?: CallOptions): Promise<LegalDocument> {
      const query = {
        legal_entity_uuid: options.legalEntityUuid,
        client_type: options.clientType ?? 'individual',
        key,
      };
      const page = await transport.request(
        {
          method: 'GET',
          path: '/v1/legal_documents/',
          endpoint: 'GET /v1/legal_documents/',
          query,
          schema: LegalDocumentPageSchema,
        },
        call,
      );
      const document = page.results.find((doc) => doc.key === key) ?? page.results[0];
      if (!document)
        throw new KycNotFoundError(`No legal document "${key}" is published.`, 'GET /v1/legal_documents/', 200);
      return document;
    },

    /** Uploads files (step one of a document); reports progress where the browser can. */
    uploadFiles(files: readonly Blob[], call: UploadOptions = {}): Promise<UploadedFile[]> {
      return uploadFiles(transport, files, call, {
        query: common,
        timeoutMs: options.timeoutMs,
        ownFetch: options.fetch !== undefined,
      });
    },

    /** Creates a document from uploaded files (step two); its answer becomes the attribute value. */
    createDocument(attributeKey: string, fileUuids: readonly string[], call?: CallOptions): Promise<KycDocument> {
      return transport.request(
        {
          method: 'POST',
          path: '/v1/documents/',
          endpoint: 'POST /v1/documents/',
          query: common,
          body: { attribute_key: attributeKey, files: fileUuids },
          schema: DocumentSchema,
        },
        call,
      );
    },

    /** One attribute of an application; for the liveness token key this returns (or renews) the token. */
    getAttribute(
      applicationUuid: string,
      key: string,
      ttl: LivenessTokenTtl = {},
      call?: CallOptions,
    ): Promise<Attribute> {
      const query = { ...common, ttl_min: ttl.ttlMin, ttl_max: ttl.ttlMax, ttl_renew: ttl.ttlRenew };
      return transport.request(
        {
          method: 'GET',
          path: `${app(applicationUuid)}attributes/${encodeURIComponent(key)}/`,
          endpoint: 'GET /v1/kyc/{uuid}/attributes/{key}/',
          query,
          schema: AttributeSchema,
        },
        call,
      );
    },

    /** Sends a signature code by SMS or e-mail. */
    sendVerificationCode(requestBody: VerificationCodeRequest, call?: CallOptions): Promise<VerificationCode> {
      const body = {
        legal_entity_uuid: options.legalEntityUuid,
        object_uuid: requestBody.applicationUuid,
        provider_type: requestBody.provider,
        ...(requestBody.destination ? { destination: requestBody.destination } : {}),
      };
      return transport.request(
        {
          method: 'POST',
          path: '/v1/verification-codes/',
          endpoint: 'POST /v1/verification-codes/',
          query: common,
          body,
          schema: VerificationCodeSchema,
        },
        call,
      );
    },

    /** Sends the application to review; pass sign codes when the level asks for a signature. */
    sendToReview(uuid: string, signCodes?: SignCodes, call?: CallOptions): Promise<Application> {
      return transport.request(
        {
          method: 'POST',
          path: `${app(uuid)}send-to-review/`,
          endpoint: 'POST /v1/kyc/{uuid}/send-to-review/',
          query: { ...common, ...signCodeQuery(signCodes) },
          schema: ApplicationSchema,
          sentSignProviders: sentSignProviders(signCodes),
        },
        call,
      );
    },
  };
}
