/**
 * `<KycFlow>`: the whole KYC flow in one component. It reads the client's level, continues the last
 * application or lets the client pick a level and creates one, renders the questionnaire step by
 * step with autosave and signatures, sends it to review and shows the result.
 *
 * @example
 * import { KycFlow } from 'react-kyc-flow';
 * import 'react-kyc-flow/styles.css';
 *
 * <KycFlow apiBaseUrl="https://partner.example/kyc" legalEntityUuid={le} clientUuid={client} />
 */
import type { CSSProperties, ReactNode } from 'react';
import { KycProvider, useKyc, type KycProviderProps } from './context/KycContext';
import { FlowRoot } from './flow/FlowRoot';
import { FocusPolicyProvider, useInteractionTracker } from './flow/focusPolicy';
import { themeToStyle, type KycTheme } from './theme';

// Its home is the provider, which decides the react-query client; exported here as before.

export interface KycFlowProps extends Omit<KycProviderProps, 'children'> {
  /** Continue this application instead of the client's last one (`null` or absent: the last one). */
  applicationUuid?: string | null | undefined;
  /** Colours, font, radius, spacing and colour scheme, as CSS custom properties on the widget root. */
  theme?: KycTheme | undefined;
  /** Extra class name on the widget root. */
  className?: string | undefined;
}

export function KycFlow(props: KycFlowProps) {
  const { theme, className, applicationUuid, ...provider } = props;
  return (
    <KycProvider {...provider}>
      <FlowShell theme={theme} className={className}>
        <FlowRoot applicationUuid={applicationUuid ?? undefined} />
      </FlowShell>
    </KycProvider>
  );
}

function FlowShell({
  theme,
  className,
  children,
}: {
  theme: KycTheme | undefined;
  className: string | undefined;
  children: ReactNode;
}) {
  const { t, dir, locale } = useKyc();
  const style: CSSProperties = themeToStyle(theme);
  const { interacted, handlers } = useInteractionTracker();
  return (
    <FocusPolicyProvider value={interacted}>
      <section
        {...handlers}
        className={['kyc-root', className].filter(Boolean).join(' ')}
        aria-label={t('flow.title')}
        dir={dir}
        lang={locale}
        style={style}
        data-color-scheme={theme?.colorScheme ?? 'light'}
      >
        {children}
      </section>
    </FocusPolicyProvider>
  );
}
