import { useTranslation } from 'react-i18next';
import { PanelRightClose, PanelRightOpen } from 'lucide-react';

/** The toolbar's last button: hides the side panel so the board gets the whole width (pressed while hidden). */
export function InspectorToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="icon-btn"
      aria-pressed={!open}
      aria-label={t('wall.hideInspector')}
      title={t('wall.hideInspector')}
      onClick={onToggle}
    >
      {open ? <PanelRightClose size={18} aria-hidden /> : <PanelRightOpen size={18} aria-hidden />}
    </button>
  );
}
