/**
 * What the field holds: a picture chosen on this device is previewed through an object URL (revoked
 * when the file changes or the preview unmounts); a PDF, or a document loaded from the server, shows
 * an icon and its file names.
 */
import { useEffect, useState } from 'react';
import type { UploadedFile } from '../../core/schemas';

export interface DocumentPreviewProps {
  /** A file chosen on this device, previewed when it is a picture. */
  file: File | null;
  /** The files of the saved document, shown by name when there is no local file. */
  files: readonly UploadedFile[];
}

const PREVIEWABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

export function DocumentPreview({ file, files }: DocumentPreviewProps) {
  const url = useObjectUrl(file && PREVIEWABLE.has(file.type) ? file : null);
  const items = file
    ? [{ key: 'local', name: file.name, type: file.type }]
    : files.map((f) => ({ key: f.uuid, name: f.name, type: f.content_type }));
  if (items.length === 0) return null;
  return (
    <ul className="kyc-document__files">
      {items.map((item) => (
        <li key={item.key} className="kyc-document__file" data-type={item.type === 'application/pdf' ? 'pdf' : 'image'}>
          {url && item.key === 'local' ? (
            <img className="kyc-document__thumb" src={url} alt="" />
          ) : (
            <FileIcon pdf={item.type === 'application/pdf'} />
          )}
          <span className="kyc-document__name">{item.name}</span>
        </li>
      ))}
    </ul>
  );
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
    <svg className="kyc-document__icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path d="M6 2h8l5 5v15H6z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M14 2v5h5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      {pdf ? (
        <text x="12.5" y="17.5" textAnchor="middle" fontSize="5.5" fontWeight="700" fill="currentColor">
          PDF
        </text>
      ) : (
        <path d="M8.5 18l3-4 2 2.5 1.5-2 2.5 3.5z" fill="currentColor" />
      )}
    </svg>
  );
}
