import { useState } from 'react';
import { App, Button, Col, Form, Input, InputNumber, Row, Slider } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { AttachmentUpload } from '../../attachments/components/AttachmentUpload';
import { useReportProgress } from '../api/tasks';

type Values = { percent: number; note?: string; attachmentIds?: number[] };

/** The assignee's progress report: percentage (a lower one needs a note), note, attachments. */
export function ProgressForm({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const report = useReportProgress();
  const [uploading, setUploading] = useState(false);
  const [uploadKey, setUploadKey] = useState(0);
  const current = task.progressPercent;

  const onFinish = (v: Values) => {
    if (uploading) {
      void message.warning(t('task.uploading'));
      return;
    }
    report.mutate(
      {
        id: task.id,
        body: {
          percent: v.percent,
          note: v.note?.trim() || undefined,
          attachmentIds: v.attachmentIds ?? [],
        },
      },
      {
        onSuccess: () => {
          void message.success(t('task.progressSaved'));
          form.resetFields();
          form.setFieldValue('percent', v.percent);
          setUploadKey((k) => k + 1);
        },
        onError: (e) => onError(e, form),
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ percent: current, attachmentIds: [] }}
      data-testid="progress-form"
    >
      <Form.Item label={t('task.percent')} required>
        <Row gutter={12} align="middle">
          <Col flex="auto">
            <Form.Item name="percent" noStyle>
              <Slider min={0} max={100} step={5} marks={{ 0: '0', 50: '50', 100: '100%' }} />
            </Form.Item>
          </Col>
          <Col flex="96px">
            <Form.Item name="percent" noStyle>
              <InputNumber
                min={0}
                max={100}
                precision={0}
                suffix="%"
                aria-label={t('task.percent')}
                style={{ width: 96 }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form.Item>
      <Form.Item
        name="note"
        label={t('task.note')}
        dependencies={['percent']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => {
              const percent = getFieldValue('percent') as number | null;
              const lower = typeof percent === 'number' && percent < current;
              return lower && !value?.trim()
                ? Promise.reject(new Error(t('task.noteRequiredWhenLower', { current })))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={5000}
          placeholder={t('task.notePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="attachmentIds" label={t('task.attachments')}>
        <AttachmentUpload key={uploadKey} onBusyChange={setUploading} />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<SendOutlined />}
        loading={report.isPending}
        disabled={uploading}
        block
      >
        {t('task.submitProgress')}
      </Button>
    </Form>
  );
}
