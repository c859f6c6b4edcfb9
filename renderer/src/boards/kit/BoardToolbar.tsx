import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ToolbarOverflow } from '../../components/ToolbarOverflow';
import { formatShortcut, isMac, type ActionGroup, type BoardAction } from './actions';
import { zoomPercent } from './zoom';

interface Props<C> {
  /** The toolbar's accessible name. */
  label: string;
  actions: readonly BoardAction<C>[];
  ctx: C;
  /** The zoom now, for the reset button that shows it. */
  zoom?: number;
  /** Controls that are not commands (a colour picker, the export group), after a group's buttons. */
  after?: Partial<Record<ActionGroup, ReactNode>>;
  /** After the working groups, before the spacer (a picker that is not a command). */
  afterWork?: ReactNode;
  /** Right of the spacer, before the view buttons. */
  beforeView?: ReactNode;
  /** Last on the bar (panel toggles). */
  end?: ReactNode;
  /**
   * The working actions in registry order with no separators (a bar whose every pixel is counted at 1280 px, the
   * process map's).
   */
  flat?: boolean;
  /** Small text buttons, for a bar that shares a row with tabs. */
  compact?: boolean;
  /** The bar's class (`wall-toolbar` unless the board styles its own). */
  className?: string;
}

/**
 * A board's toolbar, generated from its action registry: the actions with a `toolbar` entry, grouped (groups in the
 * order the registry first names them, a separator between), the view group at the right end. It stays one row:
 * what does not fit goes into the "more" menu, the working group's last buttons first.
 */
export function BoardToolbar<C>(p: Props<C>) {
  const { actions, ctx, zoom, after, compact } = p;
  const shown = actions.filter((a) => a.toolbar);
  const groups = [
    ...new Set<ActionGroup>([...shown.map((a) => a.group), ...(Object.keys(after ?? {}) as ActionGroup[])]),
  ];
  const sections: ReactNode[] = [];
  if (p.flat) {
    sections.push(
      ...shown
        .filter((a) => a.group !== 'view')
        .map((a) => <ActionButton key={a.id} action={a} ctx={ctx} zoom={zoom} compact={compact} />),
    );
  }
  for (const group of p.flat ? [] : groups.filter((g) => g !== 'view')) {
    const list = shown.filter((a) => a.group === group);
    const extra = after?.[group];
    if (list.length === 0 && !extra) continue;
    if (sections.length > 0) sections.push(<div key={`sep-${group}`} className="toolbar-sep" aria-hidden />);
    sections.push(
      <Fragment key={group}>
        {list.map((a) => (
          <ActionButton key={a.id} action={a} ctx={ctx} zoom={zoom} compact={compact} />
        ))}
        {extra}
      </Fragment>,
    );
  }
  const view = shown.filter((a) => a.group === 'view');
  return (
    <div className={p.className ?? 'wall-toolbar'} role="toolbar" aria-label={p.label}>
      {sections}
      {p.afterWork}
      <div className="toolbar-spacer" />
      {p.beforeView}
      {p.beforeView && !p.flat && view.length > 0 && <div className="toolbar-sep" aria-hidden />}
      {view.map((a) => (
        <ActionButton key={a.id} action={a} ctx={ctx} zoom={zoom} compact={compact} />
      ))}
      {after?.view}
      {p.end && <div className="toolbar-sep" aria-hidden />}
      {p.end}
      <ToolbarOverflow />
    </div>
  );
}

/** One action as a toolbar button: icon and label (or icon only, named for screen readers), its shortcut in the title. */
export function ActionButton<C>({
  action: a,
  ctx,
  zoom,
  compact,
}: {
  action: BoardAction<C>;
  ctx: C;
  zoom?: number;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const bar = a.toolbar!;
  const label = t(a.labelNow?.(ctx) ?? a.label);
  const key = a.keys?.[0];
  const title = key ? `${label} (${formatShortcut(key, isMac())})` : label;
  const common = {
    type: 'button' as const,
    onClick: () => a.perform(ctx),
    disabled: !a.enabled(ctx),
    title,
    'aria-pressed': a.pressed?.(ctx),
    'aria-keyshortcuts': a.keys?.map((k) => formatShortcut(k).replace('Ctrl', 'Control')).join(' '),
    'data-action': a.id,
    'data-overflow-first': bar.rare ? '' : undefined,
  };
  if (bar.zoomValue) {
    const percent = zoomPercent(zoom ?? 1);
    return (
      <button {...common} className="icon-btn text-btn zoom-value" aria-label={t('boardKit.zoom.reset', { percent })}>
        {t('header.percent', { value: percent })}
      </button>
    );
  }
  const Icon = bar.icon;
  return (
    <button
      {...common}
      className={bar.iconOnly ? 'icon-btn' : `btn${bar.primary ? ' btn-primary' : ''}${compact ? ' btn-small' : ''}`}
      aria-label={bar.iconOnly ? label : undefined}
    >
      <Icon size={18} aria-hidden />
      {!bar.iconOnly && <span className="btn-label">{bar.short ? t(bar.short) : label}</span>}
    </button>
  );
}
