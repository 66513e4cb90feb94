/**
 * Runtime schemas for every body the KYC API returns, and the TypeScript types inferred from them,
 * so validation and types cannot drift. Shapes follow `shared/docs/api-contract.md`.
 *
 * Every object schema is loose: fields we do not know pass through untouched, because the provider
 * may add fields at any time. Optional fields may be absent or null; only what the widget cannot work
 * without is required.
 */
import * as v from 'valibot';

const uuid = v.string();

/** A string enum that still accepts values added by the provider later. */
type Open<T extends string> = T | (string & {});

/**
 * A response type as partners read it: the fields the contract names, without the `[key: string]:
 * unknown` that `looseObject` adds. Unknown fields still pass through at runtime, untyped. A free-form
 * map (`additional_info`) stays a map.
 */
type Precise<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly (infer Item)[]
    ? Precise<Item>[]
    : T extends object
      ? keyof { [K in keyof T as NamedKey<K>]: 0 } extends never
        ? T
        : { [K in keyof T as NamedKey<K>]: Precise<T[K]> }
      : T;
/** A key the contract names: not the `string` (or `number`) of an index signature. */
type NamedKey<K> = string extends K ? never : number extends K ? never : K;

const LevelSchema = v.looseObject({
  uuid,
  name: v.string(),
  description: v.nullish(v.string()),
  order: v.nullish(v.number()),
});
export type Level = Precise<v.InferOutput<typeof LevelSchema>>;

export const LevelInfoSchema = v.looseObject({
  current_level: v.nullish(LevelSchema),
  allowed_to_create_kyc_application: v.boolean(),
  available_levels_for_upgrade: v.array(LevelSchema),
  last_kyc_application_uuid: v.nullish(uuid),
});
export type LevelInfo = Precise<v.InferOutput<typeof LevelInfoSchema>>;

export const SIGN_PROVIDERS = ['sms', 'email'] as const;
export type SignProvider = (typeof SIGN_PROVIDERS)[number];

const SumsubVerificationSchema = v.looseObject({
  verificator: v.nullish(v.string()),
  status: v.nullish(v.string()),
  client_note: v.nullish(v.string()),
});
const VerificationSchema = v.looseObject({
  sumsub: v.nullish(SumsubVerificationSchema),
});
export type Verification = Precise<v.InferOutput<typeof VerificationSchema>>;

const UploadedFileSchema = v.looseObject({
  uuid,
  name: v.string(),
  size: v.number(),
  content_type: v.string(),
});
export type UploadedFile = Precise<v.InferOutput<typeof UploadedFileSchema>>;
export const UploadedFilesSchema = v.array(UploadedFileSchema);

export const DocumentSchema = v.looseObject({
  uuid,
  attribute_key: v.string(),
  files: v.array(UploadedFileSchema),
  verification: v.nullish(VerificationSchema),
});
export type KycDocument = Precise<v.InferOutput<typeof DocumentSchema>>;

/**
 * The attribute types the sandbox uses and the widget knows: the one list both read. Any other string is
 * allowed too (`AttributeType`) and rendered through a fallback.
 */
export const ATTRIBUTE_TYPES = [
  'string',
  'text',
  'number',
  'date',
  'boolean',
  'email',
  'phone',
  'reference',
  'legal_document',
  'document',
  'sumsub_liveness',
] as const;
export type AttributeType = Open<(typeof ATTRIBUTE_TYPES)[number]>;

export const AttributeSchema = v.looseObject({
  key: v.string(),
  type: v.string() as v.GenericSchema<AttributeType>,
  /** A string, number, boolean, a `KycDocument` for document attributes, or null when unanswered. */
  value: v.optional(v.unknown(), null),
  is_editable: v.nullish(v.boolean()),
  sign_providers: v.nullish(v.array(v.string() as v.GenericSchema<Open<SignProvider>>)),
  additional_info: v.nullish(v.record(v.string(), v.unknown())),
  verification: v.nullish(VerificationSchema),
});
export type Attribute = Precise<v.InferOutput<typeof AttributeSchema>>;

const QuestionSchema = v.looseObject({
  title: v.string(),
  description: v.nullish(v.string()),
  is_required: v.optional(v.boolean(), false),
  attribute: AttributeSchema,
});
export type Question = Precise<v.InferOutput<typeof QuestionSchema>>;

const StepSchema = v.looseObject({
  title: v.string(),
  description: v.nullish(v.string()),
  questions: v.array(QuestionSchema),
});
export type Step = Precise<v.InferOutput<typeof StepSchema>>;

export type ApplicationStatus = Open<'draft' | 'in_review' | 'approved' | 'rejected' | 'pending'>;

export const ApplicationSchema = v.looseObject({
  uuid,
  status: v.string() as v.GenericSchema<ApplicationStatus>,
  kyc_level: LevelSchema,
  created_at: v.nullish(v.string()),
  updated_at: v.nullish(v.string()),
  kyc_steps: v.array(StepSchema),
  review_comment: v.nullish(v.string()),
});
export type Application = Precise<v.InferOutput<typeof ApplicationSchema>>;

const DefinitionSchema = v.looseObject({
  value: v.string(),
  title: v.string(),
});
export type Definition = Precise<v.InferOutput<typeof DefinitionSchema>>;

const LegalDocumentSchema = v.looseObject({
  uuid,
  key: v.string(),
  title: v.string(),
  version: v.nullish(v.union([v.string(), v.number()])),
  url: v.nullish(v.string()),
  content: v.nullish(v.string()),
  /** When this version was published (ISO 8601 expected; `consent.ts` checks it): any value passes. */
  published_at: v.optional(v.unknown()),
});
export type LegalDocument = Precise<v.InferOutput<typeof LegalDocumentSchema>>;

function pageSchema<T extends v.GenericSchema>(item: T) {
  return v.looseObject({
    count: v.number(),
    next: v.nullish(v.string()),
    previous: v.nullish(v.string()),
    results: v.array(item),
  });
}
export const DefinitionPageSchema = pageSchema(DefinitionSchema);
export const LegalDocumentPageSchema = pageSchema(LegalDocumentSchema);
export interface Page<T> {
  count: number;
  next?: string | null | undefined;
  previous?: string | null | undefined;
  results: T[];
}

export const VerificationCodeSchema = v.looseObject({
  uuid,
  provider_type: v.string() as v.GenericSchema<Open<SignProvider>>,
  expires_at: v.nullish(v.string()),
});
export type VerificationCode = Precise<v.InferOutput<typeof VerificationCodeSchema>>;

/** One answer sent in `PATCH /v1/kyc/{uuid}/`. */
export interface AttributeChange {
  key: string;
  value: unknown;
}

/** The document attribute keys named by the guide. */
export const DOCUMENT_KEYS = [
  'passport',
  'id_card_front_side',
  'id_card_back_side',
  'driver_license_front_side',
  'driver_license_back_side',
  'residence_permit_license_front_side',
  'residence_permit_license_back_side',
  'proof_of_address',
  'proof_of_funds',
] as const;
export type DocumentKey = (typeof DOCUMENT_KEYS)[number];

export const LIVENESS_TOKEN_KEY = 'sumsub_liveness_check_token';
export const LIVENESS_URL_KEY = 'sumsub_liveness_check_url';

/** Parse `data` with `schema`; returns the output or the first issues as text. */
export function parseWith<T extends v.GenericSchema>(
  schema: T,
  data: unknown,
): { ok: true; value: v.InferOutput<T> } | { ok: false; message: string } {
  const result = v.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, message: v.summarize(result.issues) };
}
