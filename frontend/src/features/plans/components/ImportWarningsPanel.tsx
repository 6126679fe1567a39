import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { useDismissImportWarning } from '../api/importWarnings';

/**
 * The importer's open warnings on a plan, each with the line it came from; the editor checks the field
 * and dismisses the warning. Nothing is shown once all are dismissed.
 */
export function ImportWarningsPanel({
  planId,
  warnings,
}: {
  planId: number;
  warnings: readonly ImportWarning[];
}) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const dismiss = useDismissImportWarning(planId);
  if (warnings.length === 0) return null;

  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('planImport.openWarnings', { count: warnings.length })}
      description={
        <Flex vertical gap={8} data-testid="open-import-warnings">
          {warnings.map((w) => (
            <Flex
              key={w.id}
              gap={12}
              align="flex-start"
              justify="space-between"
              data-warning-id={w.id}
            >
              <Flex vertical gap={2}>
                <Flex gap={8} align="center" wrap>
                  <Tag>{t(`planImport.field.${w.field}`)}</Tag>
                  <Typography.Text type="secondary">
                    {t('planImport.line', { line: w.line })}
                  </Typography.Text>
                  {w.sourceText && <Typography.Text code>{w.sourceText}</Typography.Text>}
                </Flex>
                <span>{w.message}</span>
              </Flex>
              <Button
                size="small"
                icon={<CheckOutlined />}
                loading={dismiss.isPending && dismiss.variables === w.id}
                onClick={() => dismiss.mutate(w.id, { onError: (e) => onError(e) })}
              >
                {t('planImport.dismiss')}
              </Button>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
