import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FindingSeverity, Indicator, InspectionReport } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { FINDING_SEVERITIES, enumLabel } from '../../../lib/enums';
import { toApiDate, useFormat } from '../../../lib/format';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useCreateFinding } from '../api/reports';
import { flattenIndicators } from '../scoring';

type Values = {
  indicatorCode?: string;
  severity: FindingSeverity;
  description: string;
  requirement: string;
  ownerOrgId?: number;
  dueDate: Dayjs;
};

/** Records a finding (问题) on a draft report. */
export function FindingFormModal({
  report,
  indicators,
  onClose,
}: {
  report: InspectionReport;
  indicators: readonly Indicator[] | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pickerFormat } = useFormat();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const create = useCreateFinding();
  const nodes = flattenIndicators(indicators);
  return (
    <Modal
      open
      width={640}
      title={t('finding.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ severity: 'GENERAL' }}
        onFinish={(v) =>
          create.mutate(
            {
              reportId: report.id,
              body: {
                indicatorCode: v.indicatorCode || undefined,
                severity: v.severity,
                description: v.description.trim(),
                requirement: v.requirement.trim(),
                ownerOrgId: v.ownerOrgId,
                dueDate: toApiDate(v.dueDate) ?? '',
              },
            },
            {
              onSuccess: () => {
                void message.success(t('finding.created'));
                onClose();
              },
              onError: (e) => onError(e, form),
            },
          )
        }
      >
        {nodes.length > 0 && (
          <Form.Item name="indicatorCode" label={t('finding.indicator')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={nodes.map((n) => ({
                value: n.code,
                label: `${n.code} ${n.name}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="severity" label={t('finding.severity')} rules={[{ required: true }]}>
          <Select
            options={FINDING_SEVERITIES.map((s) => ({
              value: s,
              label: enumLabel(t, 'severity', s),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('finding.description')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('finding.description') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="requirement"
          label={t('finding.requirement')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('finding.requirement') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="ownerOrgId" label={t('finding.owner')}>
          <OrgTreeSelect
            placeholder={`${t('finding.ownerDefault')}（${report.targetOrgName}）`}
            omitId={report.inspectingOrgId}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('finding.dueDate')}
          rules={[{ required: true, message: t('common.select', { field: t('finding.dueDate') }) }]}
        >
          <DatePicker format={pickerFormat} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
