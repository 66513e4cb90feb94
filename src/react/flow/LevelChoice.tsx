/** Choose a level and create the application; with a single level, no choice is shown. */
import { useId, useRef, useState } from 'react';
import { useFocusOnChange } from './focusPolicy';
import type { LevelInfo } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useSessionExpired } from '../hooks/useSessionExpiry';
import { failureText } from './errorMessage';

export interface LevelChoiceProps {
  levelInfo: LevelInfo;
  /** The level chosen first when it is offered (a new application for the level just rejected). */
  preferredLevel?: string | undefined;
  creating: boolean;
  /** The last failed attempt to create the application (the client reads a sentence, not its text). */
  error: unknown;
  /** Creates the application; a second call while one runs must send nothing (`useCreateApplication`). */
  onCreate: (levelUuid: string) => void;
}

export function LevelChoice({ levelInfo, preferredLevel, creating, error, onCreate }: LevelChoiceProps) {
  const { t } = useKyc();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const levels = [...levelInfo.available_levels_for_upgrade].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const [chosen, setChosen] = useState(
    () => levels.find((level) => level.uuid === preferredLevel)?.uuid ?? levels[0]?.uuid,
  );
  useFocusOnChange(heading, 'levels');
  useSessionExpired();

  const single = levels.length === 1 ? levels[0] : undefined;
  return (
    <section className="kyc-levels" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="kyc-step__title" ref={heading} tabIndex={-1}>
        {single ? <bdi>{single.name}</bdi> : t('levels.title')}
      </h2>
      {levelInfo.current_level ? (
        <p className="kyc-muted">
          {/* A first-strong isolate: the server's level name keeps its own direction inside the sentence. */}
          {t('levels.current', { level: `\u2068${levelInfo.current_level.name}\u2069` })}
        </p>
      ) : null}
      {!levelInfo.allowed_to_create_kyc_application ? (
        <p>{t('levels.notAllowed')}</p>
      ) : levels.length === 0 ? (
        <p>{t('levels.none')}</p>
      ) : (
        <>
          {single ? (
            single.description ? (
              <p dir="auto">{single.description}</p>
            ) : null
          ) : (
            <fieldset className="kyc-levels__options">
              <legend className="kyc-visually-hidden">{t('levels.title')}</legend>
              <p className="kyc-muted">{t('levels.description')}</p>
              {levels.map((level) => (
                <label key={level.uuid} className="kyc-level" data-selected={chosen === level.uuid || undefined}>
                  <input
                    type="radio"
                    name={`${id}-level`}
                    value={level.uuid}
                    checked={chosen === level.uuid}
                    onChange={() => setChosen(level.uuid)}
                  />
                  <span className="kyc-level__name" dir="auto">
                    {level.name}
                  </span>
                  {level.description ? (
                    <span className="kyc-level__description" dir="auto">
                      {level.description}
                    </span>
                  ) : null}
                </label>
              ))}
            </fieldset>
          )}
          {error ? (
            <p className="kyc-field__error" role="alert">
              {failureText(t, error, 'levels.createError')}
            </p>
          ) : null}
          <div className="kyc-actions">
            <button
              type="button"
              className="kyc-button kyc-button--primary"
              aria-disabled={creating}
              onClick={() => chosen && !creating && onCreate(chosen)}
            >
              {creating ? t('levels.starting') : t('levels.start')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
