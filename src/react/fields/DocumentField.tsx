/**
 * The document upload field. On a step that offers several identity documents (passport, ID card,
 * driver's licence, residence permit), the step's first one asks "Which document do you have?" and only
 * the chosen document's sides show; the others render nothing (`core/documentChoice.ts` decides, from
 * the saved answers and what the customer picked). Each side is a `DocumentCard`: checked by its bytes,
 * uploaded with progress, turned into a document that becomes the answer.
 */
import type { KycDocument } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useDocumentStep } from '../hooks/useDocumentStep';
import { DocumentCard } from './DocumentCard';
import { documentTitle } from './documentMessages';
import { DocumentTypeChoice } from './DocumentTypeChoice';
import { HandoffOffer } from './HandoffOffer';
import type { FieldProps, PairedSideProps } from './fieldProps';

export interface DocumentFieldProps extends FieldProps<KycDocument>, PairedSideProps {}

export function DocumentField(props: DocumentFieldProps) {
  const { question, id, value, pairedValue, applicationUuid, disabled, error } = props;
  const { t } = useKyc();
  const step = useDocumentStep({ question, applicationUuid, value, pairedValue });
  if (!step.choice && !step.upload) return null;
  return (
    <>
      <HandoffOffer {...props} />
      {step.choice ? (
        <DocumentTypeChoice
          id={step.upload ? `${id}-document` : id}
          kinds={step.choice}
          chosen={step.chosen}
          onPick={step.pick}
          required={step.choiceRequired}
          error={step.upload ? undefined : error}
          disabled={disabled}
        />
      ) : null}
      {step.upload ? (
        <DocumentCard
          {...props}
          title={documentTitle(question, t)}
          required={step.required}
          oneSided={step.oneSided}
          onOneSidedChange={step.sayOneSided}
          session={step.session}
        />
      ) : null}
    </>
  );
}
