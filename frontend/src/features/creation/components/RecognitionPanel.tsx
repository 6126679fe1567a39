import { App, Button, Card, DatePicker, Form, Input, Space, Steps, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CreationProgramme } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { toApiDate, useFormat } from '../../../lib/format';
import { useRecognition, useRecordRecognitionStep } from '../api/creation';

type Values = { date: Dayjs; documents: string; note?: string };

/**
 * The programme's road to recognition (县级自评 → 市级复核 → 省级过程督导 → 省级评估 → 国家认定): each recorded step
 * with its date, office and documents; an office that may edit the programme records the next one.
 */
export function RecognitionPanel({ programme }: { programme: CreationProgramme }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { date, pickerFormat } = useFormat();
  const recognition = useRecognition(programme.id);
  const record = useRecordRecognitionStep(programme.id);
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const data = recognition.data;
  if (!data) return null;
  const next = data.steps.find((s) => s.step === data.nextStep);
  const current = next ? next.order - 1 : data.steps.length;

  const onFinish = (v: Values) => {
    if (!data.nextStep) return;
    record.mutate(
      {
        step: data.nextStep,
        date: toApiDate(v.date) as string,
        documents: v.documents
          .split('\n')
          .map((d) => d.trim())
          .filter((d) => d.length > 0),
        note: v.note?.trim() || undefined,
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('creation.recognitionRecorded'));
        },
        onError: (e) => onError(e, form),
      },
    );
  };

  return (
    <Card
      title={t('creation.recognitionTitle')}
      style={{ marginBottom: 16 }}
      data-testid="recognition"
    >
      <Steps
        size="small"
        current={current}
        items={data.steps.map((s) => ({
          title: s.name,
          status: s.recorded ? 'finish' : s.step === data.nextStep ? 'process' : 'wait',
          description: s.recorded ? (
            <Space orientation="vertical" size={0}>
              <Typography.Text type="secondary">
                {s.date ? date(s.date) : ''} · {s.officeName}
              </Typography.Text>
              {s.documents.map((d) => (
                <Typography.Text key={d}>{d}</Typography.Text>
              ))}
            </Space>
          ) : undefined,
        }))}
      />
      {next && programme.editable && (
        <Form<Values>
          form={form}
          layout="inline"
          onFinish={onFinish}
          style={{ marginTop: 16, rowGap: 8 }}
          aria-label={t('creation.recognitionRecord', { step: next.name })}
        >
          <Form.Item name="date" label={t('creation.recognitionDate')} rules={[{ required: true }]}>
            <DatePicker format={pickerFormat} />
          </Form.Item>
          <Form.Item
            name="documents"
            label={t('creation.recognitionDocuments')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              style={{ width: 360 }}
              placeholder={t('creation.recognitionDocumentsHint')}
            />
          </Form.Item>
          <Form.Item name="note" label={t('creation.recognitionNote')}>
            <Input style={{ width: 240 }} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t('creation.recognitionRecord', { step: next.name })}
          </Button>
        </Form>
      )}
    </Card>
  );
}
