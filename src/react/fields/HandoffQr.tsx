/**
 * The hand-off link as a QR code, drawn as inline SVG (one path of dark modules) by `uqr`. This module
 * is its own chunk: the panel loads it only when it opens.
 */
import { encode } from 'uqr';

export interface HandoffQrProps {
  url: string;
  /** The accessible name of the picture. */
  label: string;
}

export default function HandoffQr({ url, label }: HandoffQrProps) {
  const { data, size } = encode(url, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="kyc-handoff-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-modules={size}
      style={{ inlineSize: 'min(220px, 100%)', blockSize: 'auto', alignSelf: 'center', display: 'block' }}
    >
      {/* Always dark on white, whatever the theme: phone cameras read that best. */}
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
