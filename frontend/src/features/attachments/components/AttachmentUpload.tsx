import { useState } from 'react';
import { Button, Typography, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { UPLOAD_LIMITS } from '../../../lib/upload';
import { useFileLimit } from '../../../lib/useFileLimit';
import { uploadAttachment } from '../api/attachments';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.txt';

/**
 * Uploads each chosen file right away (POST /attachments) and reports the ids of the stored ones,
 * so that a form can send them as `attachmentIds`. Usable as a Form.Item control.
 */
export function AttachmentUpload({
  onChange,
  onBusyChange,
  label,
}: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  onBusyChange?: (busy: boolean) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const fitsLimit = useFileLimit();
  const [fileList, setFileList] = useState<UploadFile<Attachment>[]>([]);

  return (
    <div className="attachment-upload">
      <Upload<Attachment>
        multiple
        accept={ACCEPT}
        fileList={fileList}
        beforeUpload={(file) => fitsLimit(file, UPLOAD_LIMITS.attachment) || Upload.LIST_IGNORE}
        customRequest={({ file, onSuccess, onError: fail, onProgress }) => {
          uploadAttachment(file as File, (percent) => onProgress?.({ percent })).then(
            (attachment) => onSuccess?.(attachment),
            (e: unknown) => {
              onError(e);
              fail?.(e instanceof Error ? e : new Error(String(e)));
            },
          );
        }}
        onChange={({ fileList: next }) => {
          setFileList(next);
          onBusyChange?.(next.some((f) => f.status === 'uploading'));
          onChange?.(
            next.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])),
          );
        }}
      >
        <Button icon={<UploadOutlined />}>{label ?? t('task.upload')}</Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('task.uploadHint')}
      </Typography.Text>
    </div>
  );
}
