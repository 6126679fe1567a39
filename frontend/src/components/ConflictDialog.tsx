import { useState, type ReactNode } from 'react';
import { Modal, Radio, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldConflict } from '../lib/conflict/merge';
import { normalize, valueText } from '../lib/conflict/merge';

export type FieldDescription = { label: ReactNode; render?: (value: unknown) => ReactNode };

/** A value for the side-by-side view when the editor gives no renderer. */
function plainText(value: unknown, empty: string): ReactNode {
  const v = normalize(value);
  return v === undefined ? (
    <Typography.Text type="secondary">{empty}</Typography.Text>
  ) : (
    valueText(v)
  );
}

/**
 * The fields both the user and someone else changed, side by side: the user picks, per field,
 * which to keep (their own by default).
 */
export function ConflictDialog({
  conflicts,
  describe,
  onResolve,
}: {
  conflicts: readonly FieldConflict[];
  describe: (field: string) => FieldDescription;
  onResolve: (keepMine: Record<string, boolean>) => void;
}) {
  const { t } = useTranslation();
  const [keepMine, setKeepMine] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(conflicts.map((c) => [c.field, true])),
  );
  const show = (field: string, value: unknown) => {
    const d = describe(field);
    return d.render ? d.render(value) : plainText(value, t('conflict.empty'));
  };
  return (
    <Modal
      open
      title={t('conflict.title')}
      width={820}
      okText={t('conflict.apply')}
      cancelButtonProps={{ style: { display: 'none' } }}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      onOk={() => onResolve(keepMine)}
      data-testid="conflict-dialog"
    >
      <Typography.Paragraph>{t('conflict.intro')}</Typography.Paragraph>
      <Table<FieldConflict>
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={[...conflicts]}
        columns={[
          {
            title: t('conflict.field'),
            key: 'field',
            width: 140,
            render: (_, c) => describe(c.field).label,
          },
          ...(['mine', 'theirs'] as const).map((side) => ({
            title: side === 'mine' ? t('conflict.mine') : t('conflict.theirs'),
            key: side,
            render: (_: unknown, c: FieldConflict) => (
              <Radio
                checked={keepMine[c.field] === (side === 'mine')}
                onChange={() => setKeepMine((k) => ({ ...k, [c.field]: side === 'mine' }))}
                data-conflict={`${c.field}:${side}`}
              >
                <span style={{ whiteSpace: 'pre-wrap' }}>{show(c.field, c[side])}</span>
              </Radio>
            ),
          })),
        ]}
      />
    </Modal>
  );
}
