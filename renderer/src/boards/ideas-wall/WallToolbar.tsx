import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Focus, Maximize, Minus, PanelRightClose, PanelRightOpen, Plus, Trash2 } from 'lucide-react';
import type { NoteColor } from '../../../../shared/domain/vocab';
import { ColorPicker } from './ColorPicker';
import { ToolbarOverflow } from '../../components/ToolbarOverflow';

interface Props {
  readOnly: boolean;
  color: NoteColor;
  onColor: (c: NoteColor) => void;
  /** The add buttons, generated from the wall's action registry. */
  addButtons: ReactNode;
  /** The picture-export buttons (PNG, SVG), from the same registry. */
  exportButtons: ReactNode;
  onDelete: () => void;
  canDelete: boolean;
  zoom: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onZoomReset: () => void;
  onFit: () => void;
  onZoomToSelection: () => void;
  canZoomToSelection: boolean;
  inspectorOpen: boolean;
  onToggleInspector: () => void;
}

export function WallToolbar(p: Props) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <div className="wall-toolbar" role="toolbar" aria-label={t('wall.toolbar')}>
      {p.addButtons}
      <div className="toolbar-sep" aria-hidden />
      <ColorPicker name={name} value={p.color} onChange={p.onColor} label={t('wall.color')} disabled={p.readOnly} />
      <div className="toolbar-sep" aria-hidden />
      <button
        type="button"
        className="btn btn-ghost"
        onClick={p.onDelete}
        disabled={p.readOnly || !p.canDelete}
        title={t('wall.deleteHint')}
      >
        <Trash2 size={18} aria-hidden />
        {t('common.delete')}
      </button>
      <div className="toolbar-spacer" />
      <button type="button" className="icon-btn" aria-label={t('wall.zoomOut')} onClick={p.onZoomOut}>
        <Minus size={18} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-btn text-btn zoom-value"
        aria-label={t('wall.zoomReset', { percent: Math.round(p.zoom * 100) })}
        onClick={p.onZoomReset}
      >
        {t('header.percent', { value: Math.round(p.zoom * 100) })}
      </button>
      <button type="button" className="icon-btn" aria-label={t('wall.zoomIn')} onClick={p.onZoomIn}>
        <Plus size={18} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={t('wall.fit')}
        title={`${t('wall.fit')} (F)`}
        onClick={p.onFit}
      >
        <Maximize size={18} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={t('wall.zoomToSelection')}
        title={`${t('wall.zoomToSelection')} (Z)`}
        onClick={p.onZoomToSelection}
        disabled={!p.canZoomToSelection}
      >
        <Focus size={18} aria-hidden />
      </button>
      <div className="toolbar-sep" aria-hidden />
      <button
        type="button"
        className="icon-btn"
        aria-pressed={!p.inspectorOpen}
        aria-label={t('wall.hideInspector')}
        title={t('wall.hideInspector')}
        onClick={p.onToggleInspector}
      >
        {p.inspectorOpen ? <PanelRightClose size={18} aria-hidden /> : <PanelRightOpen size={18} aria-hidden />}
      </button>
      <div className="toolbar-sep" aria-hidden />
      {p.exportButtons}
      <ToolbarOverflow />
    </div>
  );
}
