/**
 * The one screen before the liveness check: one sentence of what happens, what to prepare, and the
 * screen's primary action (Start, or Open the check). The title is the field's legend.
 */
import type { ReactNode } from 'react';
import { useKyc } from '../context/KycContext';

export function LivenessIntro({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useKyc();
  return (
    <div className="kyc-liveness__intro">
      <p id={`${id}-lead`}>{t('liveness.lead')}</p>
      <p className="kyc-liveness__prepare">{t('liveness.prepare')}</p>
      {children}
    </div>
  );
}
