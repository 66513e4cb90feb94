/**
 * What a side holds: a picture chosen on this device shown whole and large enough to check it is
 * readable (through an object URL, revoked when it changes or the preview unmounts); a PDF as a clear
 * PDF icon; a picture saved on an earlier visit, which cannot be fetched back (the API has no download),
 * as a file card with a note. Each with its name and size.
 */
import { useEffect, useState } from 'react';
import type { UploadedFile } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { formatFileSize } from './documentMessages';

export interface DocumentPreviewProps {
  /** The saved document's files. */
  files: readonly UploadedFile[];
  /** A file's bytes on this device, when it was chosen here during this visit. */
  localFile: (fileUuid: string) => Blob | undefined;
}

interface PreviewFile {
  name: string;
  type: string;
  blob: Blob | null;
}

/** Pictures a browser shows (HEIC is not one of them). */
const SHOWN = new Set(['image/jpeg', 'image/png', 'image/webp']);

export function DocumentPreview({ files, localFile }: DocumentPreviewProps) {
  const { t, locale } = useKyc();
  const shown = files.map((file) => ({ file, blob: localFile(file.uuid) ?? null }));
  const savedPicture = shown.some(({ file, blob }) => !blob && file.content_type !== 'application/pdf');
  return (
    <div className="kyc-document__preview">
      <ul className="kyc-document__files">
        {shown.map(({ file, blob }) => (
          <li
            key={file.uuid}
            className="kyc-document__file"
            data-type={file.content_type === 'application/pdf' ? 'pdf' : 'image'}
          >
            <Picture file={{ name: file.name, type: file.content_type, blob }} />
            <span className="kyc-document__details">
              <bdi className="kyc-document__name">{file.name}</bdi>
              <span className="kyc-document__size">{formatFileSize(file.size, locale)}</span>
            </span>
          </li>
        ))}
      </ul>
      {savedPicture ? <p className="kyc-document__saved">{t('document.saved')}</p> : null}
    </div>
  );
}

function Picture({ file }: { file: PreviewFile }) {
  const url = useObjectUrl(file.blob && SHOWN.has(file.blob.type || file.type) ? file.blob : null);
  if (url) return <img className="kyc-document__image" src={url} alt="" />;
  return <FileIcon pdf={file.type === 'application/pdf'} />;
}

/** An object URL for `blob` while it is shown; revoked on change and unmount. */
function useObjectUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob || typeof URL.createObjectURL !== 'function') return;
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(null);
    };
  }, [blob]);
  return url;
}

function FileIcon({ pdf }: { pdf: boolean }) {
  return (
    <svg
      className="kyc-document__icon"
      data-type={pdf ? 'pdf' : 'image'}
      viewBox="0 0 48 56"
      aria-hidden="true"
      focusable="false"
    >
      <path className="kyc-document__icon-sheet" d="M6 2h26l12 12v40H6z" />
      <path className="kyc-document__icon-fold" d="M32 2v12h12" />
      {pdf ? (
        <>
          <rect className="kyc-document__icon-label" x="1" y="28" width="34" height="16" rx="3" />
          <text className="kyc-document__icon-text" x="18" y="40.5" textAnchor="middle">
            PDF
          </text>
        </>
      ) : (
        <>
          <circle className="kyc-document__icon-mark" cx="18" cy="24" r="4" />
          <path className="kyc-document__icon-mark" d="M12 46l9-12 6 7 4-5 7 10z" />
        </>
      )}
    </svg>
  );
}
