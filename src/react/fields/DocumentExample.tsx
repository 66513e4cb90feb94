/**
 * A light drawing of a document side as a good photo shows it: the whole document inside the frame's
 * corners, nothing cut off. Inline SVG in the theme's colours (no image is fetched); decorative, since
 * the card says the same in words.
 */
import type { DocumentKind, DocumentSide } from '../../core/documentChoice';

export interface DocumentExampleProps {
  kind: DocumentKind | null;
  side: DocumentSide | null;
  /** `icon`: the small drawing of the document choice, without the frame and check mark. */
  variant?: 'example' | 'icon';
}

export function DocumentExample({ kind, side, variant = 'example' }: DocumentExampleProps) {
  const page = kind === null || kind === 'proof_of_address' || kind === 'proof_of_funds';
  return (
    <svg
      className={`kyc-example kyc-example--${variant}`}
      viewBox="0 0 120 84"
      aria-hidden="true"
      focusable="false"
      data-kind={kind ?? 'document'}
      data-side={side ?? 'single'}
    >
      {page ? <Page /> : side === 'back' ? <CardBack /> : <CardFront passport={kind === 'passport'} />}
      {variant === 'example' ? <GoodPhotoMarks /> : null}
    </svg>
  );
}

/** A card or passport photo page seen from the front: photo, text lines, and a band or the MRZ. */
function CardFront({ passport }: { passport: boolean }) {
  return (
    <g>
      <rect className="kyc-example__paper" x="12" y="14" width="96" height="58" rx={passport ? 3 : 6} />
      <path
        className="kyc-example__band"
        d={passport ? 'M12 17a3 3 0 0 1 3-3h90a3 3 0 0 1 3 3v6H12z' : 'M12 20a6 6 0 0 1 6-6h84a6 6 0 0 1 6 6v3H12z'}
      />
      <rect className="kyc-example__photo" x="19" y="29" width="24" height="29" rx="2" />
      <circle className="kyc-example__face" cx="31" cy="39" r="5.5" />
      <path className="kyc-example__face" d="M22.5 58c1.5-7 5-9.5 8.5-9.5s7 2.5 8.5 9.5z" />
      <rect className="kyc-example__line" x="50" y="31" width="44" height="3.5" rx="1.75" />
      <rect className="kyc-example__line" x="50" y="39" width="36" height="3.5" rx="1.75" />
      <rect className="kyc-example__line" x="50" y="47" width="40" height="3.5" rx="1.75" />
      {passport ? (
        <>
          <rect className="kyc-example__code" x="19" y="62" width="82" height="2.5" rx="1.25" />
          <rect className="kyc-example__code" x="19" y="67" width="82" height="2.5" rx="1.25" />
        </>
      ) : (
        <rect className="kyc-example__line" x="50" y="55" width="24" height="3.5" rx="1.75" />
      )}
    </g>
  );
}

/** The back of a card: a block of text and three lines of machine-readable code. */
function CardBack() {
  return (
    <g>
      <rect className="kyc-example__paper" x="12" y="14" width="96" height="58" rx="6" />
      <rect className="kyc-example__line" x="20" y="22" width="50" height="3.5" rx="1.75" />
      <rect className="kyc-example__line" x="20" y="30" width="38" height="3.5" rx="1.75" />
      <rect className="kyc-example__photo" x="82" y="21" width="18" height="14" rx="2" />
      <rect className="kyc-example__code" x="20" y="47" width="80" height="3" rx="1.5" />
      <rect className="kyc-example__code" x="20" y="54" width="80" height="3" rx="1.5" />
      <rect className="kyc-example__code" x="20" y="61" width="80" height="3" rx="1.5" />
    </g>
  );
}

/** A letter or statement: a header, lines of text and a table. */
function Page() {
  return (
    <g>
      <rect className="kyc-example__paper" x="38" y="8" width="46" height="66" rx="2" />
      <rect className="kyc-example__band" x="43" y="14" width="16" height="5" rx="1" />
      <rect className="kyc-example__line" x="43" y="25" width="30" height="2.5" rx="1.25" />
      <rect className="kyc-example__line" x="43" y="31" width="36" height="2.5" rx="1.25" />
      <rect className="kyc-example__line" x="43" y="37" width="26" height="2.5" rx="1.25" />
      <rect className="kyc-example__code" x="43" y="47" width="36" height="2" rx="1" />
      <rect className="kyc-example__code" x="43" y="53" width="36" height="2" rx="1" />
      <rect className="kyc-example__code" x="43" y="59" width="36" height="2" rx="1" />
      <rect className="kyc-example__line" x="63" y="66" width="16" height="2.5" rx="1.25" />
    </g>
  );
}

/** The frame's four corners around the whole document, and a check mark. */
function GoodPhotoMarks() {
  return (
    <g>
      <path className="kyc-example__frame" d="M4 16V6h10M106 6h10v10M116 68v10h-10M14 78H4V68" />
      <circle className="kyc-example__badge" cx="106" cy="70" r="9" />
      <path className="kyc-example__tick" d="M101.5 70.5l3 3 6-6.5" />
    </g>
  );
}
