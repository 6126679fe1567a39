import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { formatFileSize } from '../../../lib/format';
import { downloadAttachment } from '../api/attachments';

/** Attachments as download buttons (fetched with the bearer token, saved under their name). */
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const [busy, setBusy] = useState<number | null>(null);
  if (attachments.length === 0) return null;
  return (
    <Flex vertical gap={2} align="flex-start" className="attachment-list">
      {attachments.map((a) => (
        <Button
          key={a.id}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          loading={busy === a.id}
          title={`${t('common.download')} ${a.fileName}`}
          style={{ paddingInline: 0, height: 'auto' }}
          onClick={() => {
            setBusy(a.id);
            downloadAttachment(a)
              .catch((e: unknown) => onError(e))
              .finally(() => setBusy(null));
          }}
        >
          {a.fileName}
          <span className="attachment-size">{formatFileSize(a.size)}</span>
        </Button>
      ))}
    </Flex>
  );
}
