import { useTranslation } from 'react-i18next';
import { Wand2 } from 'lucide-react';
import {
  aimSentence,
  type DriverDiagramCommand,
  type DriverDiagramDoc,
} from '../../../../shared/boards/driver-diagram/model';
import { LIMITS } from '../../../../shared/domain/limits';
import { TextField } from '../../components/TextField';

const PARTS = ['what', 'forWhom', 'howMuch', 'byWhen'] as const;

/** The SMART aim form: the four parts and the whole sentence (prefilled from the team's aim until saved here). */
export function AimPanel({
  doc,
  teamAim,
  dispatch,
  readOnly,
}: {
  doc: DriverDiagramDoc;
  teamAim: string;
  dispatch: (c: DriverDiagramCommand) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const prefilled = doc.aim.statement.trim() === '' && teamAim.trim() !== '';
  const statement = prefilled ? teamAim : doc.aim.statement;
  const missing = PARTS.filter((p) => doc.aim[p].trim() === '');
  const composed = aimSentence(doc.aim);
  return (
    <section className="dd-aimform" aria-labelledby="dd-aim-title">
      <h2 id="dd-aim-title">{t('drivers.aim.title')}</h2>
      <p className="muted">{t('drivers.aim.intro')}</p>
      <div className="dd-aim-parts">
        {PARTS.map((p) => (
          <TextField
            key={p}
            label={t(`drivers.aim.${p}`)}
            value={doc.aim[p]}
            placeholder={t(`drivers.aim.${p}Ph`)}
            maxLength={p === 'byWhen' ? LIMITS.name : LIMITS.shortText}
            onCommit={(v) => !readOnly && dispatch({ type: 'setAim', patch: { [p]: v } })}
          />
        ))}
      </div>
      <p className={missing.length ? 'dd-aim-check is-missing' : 'dd-aim-check'} role="status">
        {missing.length
          ? t('drivers.aim.missing', { parts: missing.map((p) => t(`drivers.aim.${p}`)).join(' ') })
          : t('drivers.aim.complete')}
      </p>
      <TextField
        key="statement"
        className="dd-aim-statement"
        label={t('drivers.aim.statement')}
        value={statement}
        multiline
        maxLength={LIMITS.longText}
        hint={prefilled ? t('drivers.aim.prefilled') : undefined}
        onCommit={(v) => !readOnly && dispatch({ type: 'setAim', patch: { statement: v } })}
      />
      <div>
        <button
          type="button"
          className="btn btn-small"
          disabled={readOnly || composed === '' || composed === doc.aim.statement}
          onClick={() => dispatch({ type: 'setAim', patch: { statement: composed } })}
        >
          <Wand2 size={18} aria-hidden />
          {t('drivers.aim.compose')}
        </button>
      </div>
    </section>
  );
}
