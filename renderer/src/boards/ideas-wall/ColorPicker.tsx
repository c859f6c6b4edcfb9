import { useTranslation } from 'react-i18next';
import { NOTE_COLORS, type NoteColor } from '../../../../shared/domain/vocab';
import { NOTE_FILL } from './colors';

/** Colour swatches as a radio group (arrow keys move between them natively). */
export function ColorPicker({
  value,
  onChange,
  label,
  disabled,
  name,
}: {
  value: NoteColor;
  onChange: (c: NoteColor) => void;
  label: string;
  disabled?: boolean;
  name: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="swatches" disabled={disabled}>
      <legend className="visually-hidden">{label}</legend>
      {NOTE_COLORS.map((c) => (
        <label key={c} className="swatch" title={t(`vocab.noteColor.${c}`)} style={{ background: NOTE_FILL[c] }}>
          <input
            type="radio"
            name={name}
            value={c}
            checked={value === c}
            onChange={() => onChange(c)}
            className="visually-hidden"
          />
          <span className="visually-hidden">{t(`vocab.noteColor.${c}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
