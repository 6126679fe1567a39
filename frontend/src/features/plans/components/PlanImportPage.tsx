import { useState } from 'react';
import { Button, Card, Form, Input, Space, Spin, Tabs, Typography, Upload } from 'antd';
import {
  CheckOutlined,
  EditOutlined,
  FileWordOutlined,
  ImportOutlined,
  InboxOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PlanImportResult } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { UploadProgress } from '../../../components/UploadProgress';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { UPLOAD_LIMITS } from '../../../lib/upload';
import { useFileLimit } from '../../../lib/useFileLimit';
import { useImportPlan, type ImportInput } from '../api/importPlan';
import { ImportPreview } from './ImportPreview';

/** Paste a notice or drop a .docx/.txt; the server makes a draft, shown here for checking. */
export function PlanImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const importPlan = useImportPlan();
  const [form] = Form.useForm<{ text: string }>();
  const [result, setResult] = useState<PlanImportResult | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const fitsLimit = useFileLimit();

  const run = (input: ImportInput) =>
    importPlan.mutate(input, {
      onSuccess: setResult,
      onError: (e) => onError(e, form),
      onSettled: () => setPercent(null),
    });

  if (result) {
    const id = result.plan.id;
    return (
      <>
        <PageHeader
          title={t('planImport.title')}
          extra={
            <Space wrap>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => {
                  setResult(null);
                  form.resetFields();
                }}
              >
                {t('planImport.again')}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => void navigate(`/plans/${id}/edit`)}>
                {t('planImport.edit')}
              </Button>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                onClick={() => void navigate(`/plans/${id}`)}
              >
                {t('planImport.finish')}
              </Button>
            </Space>
          }
        />
        <ImportPreview result={result} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('planImport.title')} />
      <Card>
        <Typography.Paragraph type="secondary">{t('planImport.intro')}</Typography.Paragraph>
        <Spin spinning={importPlan.isPending}>
          <Tabs
            items={[
              {
                key: 'paste',
                label: t('planImport.pasteTab'),
                icon: <ImportOutlined />,
                children: (
                  <Form form={form} layout="vertical" onFinish={({ text }) => run({ text })}>
                    <Form.Item
                      name="text"
                      rules={[
                        { required: true, whitespace: true, message: t('planImport.textRequired') },
                      ]}
                    >
                      <Input.TextArea
                        aria-label={t('planImport.pasteTab')}
                        placeholder={t('planImport.pastePlaceholder')}
                        autoSize={{ minRows: 14, maxRows: 28 }}
                        className="import-textarea"
                      />
                    </Form.Item>
                    <Button
                      type="primary"
                      htmlType="submit"
                      icon={<ImportOutlined />}
                      loading={importPlan.isPending}
                    >
                      {t('planImport.submit')}
                    </Button>
                  </Form>
                ),
              },
              {
                key: 'file',
                label: t('planImport.fileTab'),
                icon: <FileWordOutlined />,
                children: (
                  <Upload.Dragger
                    accept=".docx,.txt"
                    multiple={false}
                    showUploadList={false}
                    disabled={importPlan.isPending}
                    beforeUpload={(file) => {
                      if (fitsLimit(file, UPLOAD_LIMITS.planImport)) {
                        setPercent(0);
                        run({ file, onProgress: setPercent });
                      }
                      return Upload.LIST_IGNORE;
                    }}
                  >
                    <p className="ant-upload-drag-icon">
                      <InboxOutlined />
                    </p>
                    <p className="ant-upload-text">{t('planImport.dragText')}</p>
                    <p className="ant-upload-hint">{t('planImport.dragHint')}</p>
                    <UploadProgress percent={percent} width={360} />
                  </Upload.Dragger>
                ),
              },
            ]}
          />
        </Spin>
      </Card>
    </>
  );
}
