/**
 * The KYC levels the sandbox offers and their questionnaires. Basic is short; Full uses every attribute
 * type, all nine document keys and both liveness keys, so the widget meets each of them.
 */
import type { DocumentKey, Level, SignProvider } from '../../core/schemas';
import { LIVENESS_TOKEN_KEY, LIVENESS_URL_KEY } from '../../core/schemas';

export const BASIC_LEVEL_UUID = '0b6f7a1e-3c2d-4e5f-8a9b-1c2d3e4f5a01';
export const FULL_LEVEL_UUID = '0b6f7a1e-3c2d-4e5f-8a9b-1c2d3e4f5a02';

export interface QuestionTemplate {
  title: string;
  description?: string;
  is_required: boolean;
  attribute: { key: string; type: string; is_editable: boolean; sign_providers?: SignProvider[] };
}

interface StepTemplate {
  title: string;
  description?: string;
  questions: QuestionTemplate[];
}

export interface LevelTemplate {
  level: Level;
  steps: StepTemplate[];
  /** Signature providers whose code send-to-review requires. */
  reviewSignature: SignProvider[];
}

const q = (
  key: string,
  type: string,
  title: string,
  is_required: boolean,
  extra: { description?: string; sign_providers?: SignProvider[]; is_editable?: boolean } = {},
): QuestionTemplate => ({
  title,
  ...(extra.description === undefined ? {} : { description: extra.description }),
  is_required,
  attribute: {
    key,
    type,
    is_editable: extra.is_editable ?? true,
    ...(extra.sign_providers ? { sign_providers: extra.sign_providers } : {}),
  },
});

const documentTitles: Record<DocumentKey, string> = {
  passport: 'Passport',
  id_card_front_side: 'ID card, front side',
  id_card_back_side: 'ID card, back side',
  driver_license_front_side: "Driver's licence, front side",
  driver_license_back_side: "Driver's licence, back side",
  residence_permit_license_front_side: 'Residence permit, front side',
  residence_permit_license_back_side: 'Residence permit, back side',
  proof_of_address: 'Proof of address',
  proof_of_funds: 'Proof of funds',
};
const doc = (key: DocumentKey, required: boolean, description?: string) =>
  q(key, 'document', documentTitles[key], required, description === undefined ? {} : { description });

const BASIC: LevelTemplate = {
  level: {
    uuid: BASIC_LEVEL_UUID,
    name: 'Basic',
    description: 'Your name, date of birth, citizenship and phone number. Takes about two minutes.',
    order: 1,
  },
  reviewSignature: [],
  steps: [
    {
      title: 'Your name',
      questions: [q('first_name', 'string', 'First name', true), q('last_name', 'string', 'Last name', true)],
    },
    {
      title: 'Birth and citizenship',
      questions: [
        q('birth_date', 'date', 'Date of birth', true),
        q('citizenship', 'reference', 'Citizenship', true, { description: 'As shown in your passport.' }),
      ],
    },
    {
      title: 'Phone and terms',
      description: 'We send a code by SMS to confirm your phone number.',
      questions: [
        q('phone', 'phone', 'Phone number', true, { sign_providers: ['sms'] }),
        q('terms_and_conditions', 'legal_document', 'Terms and Conditions', true),
      ],
    },
  ],
};

const FULL: LevelTemplate = {
  level: {
    uuid: FULL_LEVEL_UUID,
    name: 'Full',
    description: 'Identity documents, proof of address and a liveness check. Unlocks the highest limits.',
    order: 2,
  },
  reviewSignature: ['sms'],
  steps: [
    {
      title: 'Personal details',
      description: 'Enter your details exactly as they appear in your identity document.',
      questions: [
        q('first_name', 'string', 'First name', true),
        q('middle_name', 'string', 'Middle name', false, { description: 'Leave empty if you have none.' }),
        q('last_name', 'string', 'Last name', true),
        q('birth_date', 'date', 'Date of birth', true),
        q('citizenship', 'reference', 'Citizenship', true),
      ],
    },
    {
      title: 'Contact details',
      questions: [
        q('email', 'email', 'E-mail address', true, { sign_providers: ['email'] }),
        q('phone', 'phone', 'Phone number', true, {
          sign_providers: ['sms'],
          description: 'In international format, for example +4915112345678. We send a code by SMS.',
        }),
        q('country_of_residence', 'reference', 'Country of residence', true),
        q('residence_address', 'text', 'Residence address', true, {
          description: 'Street, house number, postal code and city.',
        }),
      ],
    },
    {
      title: 'Occupation and finances',
      questions: [
        q('occupation', 'reference', 'Occupation', true),
        q('annual_income', 'number', 'Annual income (EUR)', false),
        q('source_of_funds', 'text', 'Source of funds', false, {
          description: 'Describe where the money you will use comes from, for example salary or savings.',
        }),
        q('is_pep', 'boolean', 'Are you a politically exposed person?', true, {
          description: 'A person who holds or has held a prominent public function, or a close relative of one.',
        }),
      ],
    },
    {
      title: 'Identity documents',
      description: 'We need a photo of one identity document.',
      questions: [
        doc('passport', true, 'The page with your photo.'),
        doc('id_card_front_side', false),
        doc('id_card_back_side', false),
        doc('driver_license_front_side', false),
        doc('driver_license_back_side', false),
        doc('residence_permit_license_front_side', false),
        doc('residence_permit_license_back_side', false),
      ],
    },
    {
      title: 'Address and funds',
      questions: [
        doc('proof_of_address', true, 'A utility bill or bank statement from the last three months.'),
        doc('proof_of_funds', false, 'For example a payslip or a bank statement.'),
      ],
    },
    {
      title: 'Liveness check',
      // The widget says what happens and what to prepare; the server's texts stay short and plain.
      questions: [
        q(LIVENESS_TOKEN_KEY, 'sumsub_liveness', 'Video selfie', true, { is_editable: false }),
        q(LIVENESS_URL_KEY, 'sumsub_liveness', 'Video selfie in a new tab', false, { is_editable: false }),
      ],
    },
    {
      title: 'Agreements',
      questions: [
        q('terms_and_conditions', 'legal_document', 'Terms and Conditions', true, { sign_providers: ['sms'] }),
        q('privacy_policy', 'legal_document', 'Privacy Policy', true),
      ],
    },
  ],
};

const LEVEL_TEMPLATES: readonly LevelTemplate[] = [BASIC, FULL];
export const LEVELS: readonly Level[] = LEVEL_TEMPLATES.map((template) => template.level);

export function levelTemplate(levelUuid: string): LevelTemplate | undefined {
  return LEVEL_TEMPLATES.find((template) => template.level.uuid === levelUuid);
}

/** Every question of a level, in order. */
export function questionsOf(template: LevelTemplate): QuestionTemplate[] {
  return template.steps.flatMap((step) => step.questions);
}

export function findQuestion(template: LevelTemplate, key: string): QuestionTemplate | undefined {
  return questionsOf(template).find((question) => question.attribute.key === key);
}
