import { Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/ResultPages';
import { enumLabel } from '../../../lib/enums';
import { OpenCaseButton } from './OpenCaseButton';

/**
 * /accountability/new?fromFinding=ID or ?fromTask=ID: a link target for the ledger and other
 * places that want to escalate without embedding the button.
 */
export function OpenCasePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const finding = Number(params.get('fromFinding'));
  const task = Number(params.get('fromTask'));
  const source = finding > 0 ? 'finding' : task > 0 ? 'task' : null;
  if (!source) return <NotFoundPage />;
  const id = source === 'finding' ? finding : task;
  return (
    <Card>
      <Result
        status="warning"
        title={source === 'finding' ? t('case.openCaseFromFinding') : t('case.openCaseFromTask')}
        subTitle={
          <Typography.Text type="secondary">
            {t('case.openCaseHint', {
              source: enumLabel(t, 'caseSource', source === 'finding' ? 'FINDING' : 'TASK'),
              id,
            })}
          </Typography.Text>
        }
        extra={<OpenCaseButton source={source} id={id} />}
      />
    </Card>
  );
}
