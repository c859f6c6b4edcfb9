import { useTranslation } from 'react-i18next';
import { CornerDownRight, Download, Minus, Plus, Split, Target, Trash2 } from 'lucide-react';

interface Props {
  readOnly: boolean;
  hasStep: boolean;
  isRoot: boolean;
  onAddWhy: () => void;
  onAddBranch: () => void;
  onToggleRoot: () => void;
  onDelete: () => void;
  onExport: (kind: 'png' | 'svg') => void;
  zoom: number;
  onZoom: (dir: 'in' | 'out' | 'reset') => void;
}

export function FiveWhysToolbar(p: Props) {
  const { t } = useTranslation();
  return (
    <div className="wall-toolbar" role="toolbar" aria-label={t('whys.toolbar')}>
      <button type="button" className="btn btn-primary" onClick={p.onAddWhy} disabled={p.readOnly} title={t('whys.addWhyHint')}>
        <CornerDownRight size={18} aria-hidden />
        {t('whys.addWhy')}
      </button>
      <button type="button" className="btn" onClick={p.onAddBranch} disabled={p.readOnly || !p.hasStep} title={t('whys.addBranchHint')}>
        <Split size={18} aria-hidden />
        {t('whys.addBranch')}
      </button>
      <button type="button" className="btn" onClick={p.onToggleRoot} disabled={p.readOnly || !p.hasStep} aria-pressed={p.isRoot}>
        <Target size={18} aria-hidden />
        {p.isRoot ? t('whys.unmarkRoot') : t('whys.markRoot')}
      </button>
      <div className="toolbar-sep" aria-hidden />
      <button type="button" className="btn btn-ghost" onClick={p.onDelete} disabled={p.readOnly || !p.hasStep}>
        <Trash2 size={18} aria-hidden />
        {t('common.delete')}
      </button>
      <div className="toolbar-spacer" />
      <span className="fishbone-export" role="group" aria-label={t('whys.export')}>
        <Download size={18} aria-hidden />
        <button type="button" className="btn btn-ghost btn-small" onClick={() => p.onExport('png')}>
          {t('whys.exportPng')}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => p.onExport('svg')}>
          {t('whys.exportSvg')}
        </button>
      </span>
      <div className="toolbar-sep" aria-hidden />
      <button type="button" className="icon-btn" aria-label={t('fishbone.zoomOut')} onClick={() => p.onZoom('out')}>
        <Minus size={18} aria-hidden />
      </button>
      <button type="button" className="icon-btn text-btn zoom-value" aria-label={t('fishbone.zoomReset', { percent: Math.round(p.zoom * 100) })} onClick={() => p.onZoom('reset')}>
        {t('header.percent', { value: Math.round(p.zoom * 100) })}
      </button>
      <button type="button" className="icon-btn" aria-label={t('fishbone.zoomIn')} onClick={() => p.onZoom('in')}>
        <Plus size={18} aria-hidden />
      </button>
    </div>
  );
}
