import { useTranslation } from 'react-i18next';
import type { ProcessMapDoc, ProcessNode } from '../../../../shared/boards/process-map/model';
import { PickerDialog } from '../kit/PickerDialog';

interface Props {
  doc: ProcessMapDoc;
  /** Node ids in flow order: a step's number is its place here. */
  order: readonly string[];
  source: ProcessNode;
  onPick: (targetId: string) => void;
  onClose: () => void;
}

/** "Connect to…": choose the target step by its number or by part of its text. */
export function ConnectDialog({ doc, order, source, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const items = order.map((id, i) => {
    const n = byId.get(id)!;
    const text = n.text || t('processMap.node.untitled');
    return {
      id,
      label: `${i + 1}. ${text}`,
      keywords: t(`processMap.nodeKind.${n.kind}`),
      hint: id === source.id ? t('processMap.connect.self') : undefined,
    };
  });
  return (
    <PickerDialog
      title={t('processMap.connect.title', { text: source.text || t('processMap.node.untitled') })}
      inputLabel={t('processMap.connect.search')}
      emptyText={t('processMap.connect.none')}
      items={items}
      onClose={onClose}
      onPick={(id) => {
        onClose();
        onPick(id);
      }}
    >
      <p className="picker-help">{t('processMap.connect.help')}</p>
    </PickerDialog>
  );
}
