import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getSmoothStepPath,
  Handle,
  Position,
  useStore,
  type EdgeProps,
  type NodeProps,
  type ReactFlowState,
} from '@xyflow/react';
import { ChevronDown, ChevronRight, Hourglass, Timer } from 'lucide-react';
import { NODE_SIZE, PM_LIMITS } from '../../../../shared/boards/process-map/model';
import { LANE } from '../../../../shared/boards/process-map/geometry';
import { useMapUi } from './context';
import { InlineTextEditor } from '../kit/InlineTextEditor';
import type { LaneFlowNode, PmFlowEdge, PmFlowNode } from './elements';
import { KIND_ICONS, NodeShape, PROBLEM_ICONS } from './shapes';
import type { ProblemKind } from '../../../../shared/boards/process-map/model';

function ProblemBadges({ problems, label }: { problems: ProblemKind[]; label: (k: ProblemKind) => string }) {
  if (problems.length === 0) return null;
  return (
    <div className="pm-badges">
      {problems.slice(0, 4).map((k, i) => {
        const Icon = PROBLEM_ICONS[k];
        return (
          <span key={`${k}-${i}`} className={`pm-badge pm-badge-${k}`} title={label(k)}>
            <Icon size={20} strokeWidth={2.5} aria-hidden />
          </span>
        );
      })}
      {problems.length > 4 && <span className="pm-badge pm-badge-more">+{problems.length - 4}</span>}
    </div>
  );
}

function TextEditor({ id, initial, saved }: { id: string; initial: string; saved: string }) {
  const { t } = useTranslation();
  const ui = useMapUi();
  return (
    <InlineTextEditor
      className="pm-editor nodrag nopan nowheel"
      noteClassName="pm-editor-note"
      label={t('processMap.node.text')}
      initial={initial}
      saved={saved}
      select="end"
      maxLength={PM_LIMITS.nodeText}
      clippedMessage={t('processMap.node.textClipped', { max: PM_LIMITS.nodeText })}
      save={(text) => ui.saveText(id, text)}
      onDone={(text) => ui.commitText(id, text)}
    />
  );
}

/**
 * Below this zoom step text would be under 5 px: nobody reads it, so a step is drawn as its outline only. A whole
 * 300-step map then paints and hit-tests a few hundred shapes instead of thousands of text and icon elements.
 */
export const FAR_ZOOM = 0.28;
const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

export const PmNodeView = memo(function PmNodeView({ id, data, selected, height }: NodeProps<PmFlowNode>) {
  const { t } = useTranslation();
  const ui = useMapUi();
  const far = useStore(isFar);
  const n = data.node;
  const KindIcon = KIND_ICONS[n.kind];
  const editing = ui.editingId === id;
  const classes = [
    'pm-node',
    `pm-kind-${n.kind}`,
    selected ? 'is-selected' : '',
    data.diff ? `is-${data.diff}` : '',
    data.ghost ? 'is-ghost' : '',
  ].join(' ');
  if (far && !editing) {
    return (
      <div className={classes} data-testid="pm-node" data-node-id={n.id} data-kind={n.kind}>
        <Handle type="target" position={Position.Left} className="pm-handle" isConnectable={false} />
        <NodeShape kind={n.kind} height={height ?? NODE_SIZE.height} />
        <Handle type="source" position={Position.Right} className="pm-handle" isConnectable={false} />
      </div>
    );
  }
  return (
    <div className={classes} data-testid="pm-node" data-node-id={n.id} data-kind={n.kind}>
      <Handle
        type="target"
        position={Position.Left}
        className="pm-handle"
        isConnectable={!ui.readOnly && !data.ghost}
      />
      <NodeShape kind={n.kind} height={height ?? NODE_SIZE.height} />
      {KindIcon && <KindIcon className="pm-kind-icon" size={20} aria-hidden />}
      {editing ? (
        <TextEditor id={id} initial={ui.editSeed ?? n.text} saved={n.text} />
      ) : (
        <div className="pm-text">
          {/* The whole text once for reading and finding; the wrapped lines are what the eye sees. */}
          {data.lines.length > 0 && <span className="visually-hidden">{n.text}</span>}
          <span className="pm-text-inner" aria-hidden={data.lines.length > 0 ? true : undefined}>
            {data.lines.length > 0 ? (
              data.lines.map((line, i) => (
                <span key={i} className="pm-text-line">
                  {line}
                </span>
              ))
            ) : (
              <span className="pm-placeholder">{data.kindLabel}</span>
            )}
          </span>
        </div>
      )}
      {(data.times.process || data.times.wait) && (
        <div className="pm-times">
          {data.times.process && (
            <span title={t('processMap.node.processTime')}>
              <Timer size={17} aria-hidden />
              <span className="visually-hidden">{t('processMap.node.processTime')}</span> {data.times.process}
            </span>
          )}
          {data.times.wait && (
            <span className="pm-time-wait" title={t('processMap.node.waitTime')}>
              <Hourglass size={17} aria-hidden />
              <span className="visually-hidden">{t('processMap.node.waitTime')}</span> {data.times.wait}
            </span>
          )}
        </div>
      )}
      <ProblemBadges problems={data.problems} label={ui.problemLabel} />
      {data.diff && <span className={`pm-diff-tag pm-diff-${data.diff}`}>{t(`processMap.compare.${data.diff}`)}</span>}
      {n.unknownKind && (
        <span className="pm-diff-tag pm-diff-unknown">{t('processMap.node.unknownKind', { kind: n.unknownKind })}</span>
      )}
      <Handle
        type="source"
        position={Position.Right}
        className="pm-handle"
        isConnectable={!ui.readOnly && !data.ghost}
      />
    </div>
  );
});

export const LaneNodeView = memo(function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const { t } = useTranslation();
  const ui = useMapUi();
  const { lane } = data;
  const Chevron = lane.collapsed ? ChevronRight : ChevronDown;
  return (
    <div
      className={`pm-lane pm-lane-${lane.type} ${data.selected ? 'is-selected' : ''} ${lane.collapsed ? 'is-collapsed' : ''}`}
      style={{ width: data.width, height: data.height }}
    >
      <div className="pm-lane-head" style={{ width: LANE.headerWidth }}>
        <button
          type="button"
          className="pm-lane-toggle nodrag"
          tabIndex={-1}
          aria-label={
            lane.collapsed
              ? t('processMap.lane.expand', { name: data.label })
              : t('processMap.lane.collapse', { name: data.label })
          }
          aria-expanded={!lane.collapsed}
          onClick={(e) => {
            e.stopPropagation();
            ui.toggleLane(lane.id, !lane.collapsed);
          }}
        >
          <Chevron size={20} aria-hidden />
        </button>
        <button type="button" tabIndex={-1} className="pm-lane-name nodrag" onClick={() => ui.selectLane(lane.id)}>
          <span className="pm-lane-title">
            {data.labelLines.map((line, i) => (
              <span key={i} className="pm-lane-line">
                {line}
              </span>
            ))}
          </span>
          {lane.name && !lane.collapsed && <span className="pm-lane-type">{data.typeLabel}</span>}
          {data.hiddenText && <span className="pm-lane-type">{data.hiddenText}</span>}
        </button>
      </div>
    </div>
  );
});

export const PmEdgeView = memo(function PmEdgeView(props: EdgeProps<PmFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd, id } = props;
  const ui = useMapUi();
  const far = useStore(isFar);
  const backwards = targetX < sourceX;
  const [path, lx, ly] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 14,
    offset: backwards ? 40 : 24,
  });
  const cls = [
    'pm-edge',
    selected ? 'is-selected' : '',
    data?.diff ? `is-${data.diff}` : '',
    data?.problems.length ? 'has-problem' : '',
  ].join(' ');
  const showLabel = !far && (Boolean(data?.text) || (data?.problems.length ?? 0) > 0);
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={cls} interactionWidth={24} />
      {showLabel && data && (
        <EdgeLabelRenderer>
          <div
            className={`pm-edge-label nodrag nopan ${selected ? 'is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}
          >
            {data.text && (
              <span className={`pm-edge-text ${data.branch ? `pm-branch-${data.branch}` : ''}`}>{data.text}</span>
            )}
            <ProblemBadges problems={data.problems} label={ui.problemLabel} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
