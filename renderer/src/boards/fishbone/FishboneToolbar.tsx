import { useTranslation } from 'react-i18next';
import { CornerDownRight, Download, GitBranchPlus, Maximize, Minus, Plus, StickyNote, Trash2 } from 'lucide-react';

interface Props {
  readOnly: boolean;
  canAddChild: boolean;
  canDelete: boolean;
  canAddBone: boolean;
  onAddCause: () => void;
  onAddChild: () => void;
  onAddBone: () => void;
  onDelete: () => void;
  onExportPng: () => void;
  onExportSvg: () => void;
  zoom: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onZoomReset: () => void;
  onFit: () => void;
}

export function FishboneToolbar(p: Props) {
  const { t } = useTranslation();
  return (
    <div className="wall-toolbar" role="toolbar" aria-label={t('fishbone.toolbar')}>
      <button type="button" className="btn btn-primary" onClick={p.onAddCause} disabled={p.readOnly} title={t('fishbone.addCauseHint')}>
        <StickyNote size={18} aria-hidden />
        {t('fishbone.addCause')}
      </button>
      <button type="button" className="btn" onClick={p.onAddChild} disabled={p.readOnly || !p.canAddChild} title={t('fishbone.addSubCauseHint')}>
        <CornerDownRight size={18} aria-hidden />
        {t('fishbone.addSubCause')}
      </button>
      <button type="button" className="btn" onClick={p.onAddBone} disabled={p.readOnly || !p.canAddBone}>
        <GitBranchPlus size={18} aria-hidden />
        {t('fishbone.addBone')}
      </button>
      <div className="toolbar-sep" aria-hidden />
      <button type="button" className="btn btn-ghost" onClick={p.onDelete} disabled={p.readOnly || !p.canDelete}>
        <Trash2 size={18} aria-hidden />
        {t('common.delete')}
      </button>
      <div className="toolbar-spacer" />
      <span className="fishbone-export" role="group" aria-label={t('fishbone.export')}>
        <Download size={18} aria-hidden />
        <button type="button" className="btn btn-ghost btn-small" onClick={p.onExportPng}>
          {t('fishbone.exportPng')}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={p.onExportSvg}>
          {t('fishbone.exportSvg')}
        </button>
      </span>
      <div className="toolbar-sep" aria-hidden />
      <button type="button" className="icon-btn" aria-label={t('fishbone.zoomOut')} onClick={p.onZoomOut}>
        <Minus size={18} aria-hidden />
      </button>
      <button type="button" className="icon-btn text-btn zoom-value" aria-label={t('fishbone.zoomReset', { percent: Math.round(p.zoom * 100) })} onClick={p.onZoomReset}>
        {t('header.percent', { value: Math.round(p.zoom * 100) })}
      </button>
      <button type="button" className="icon-btn" aria-label={t('fishbone.zoomIn')} onClick={p.onZoomIn}>
        <Plus size={18} aria-hidden />
      </button>
      <button type="button" className="icon-btn" aria-label={t('fishbone.fit')} title={t('fishbone.fit')} onClick={p.onFit}>
        <Maximize size={18} aria-hidden />
      </button>
    </div>
  );
}
