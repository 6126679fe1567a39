import { useMemo } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Result,
  Select,
  Skeleton,
  Space,
  Steps,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { CreationProgramme } from '../../../api/types';
import { describeError } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useCreationProgramme } from '../api/creation';
import { defaultYear, programmeYears } from '../rowErrors';
import { AssessmentPanel } from './AssessmentPanel';
import { CountyDataPanel } from './CountyDataPanel';
import { VerdictTag } from './CreationTags';
import './creation.css';
import { LedgerPanel } from './LedgerPanel';
import { RecognitionPanel } from './RecognitionPanel';
import { SchoolDataPanel } from './SchoolDataPanel';
import { WhatIfPanel } from './WhatIfPanel';

const TABS = ['assessment', 'data', 'county', 'whatif', 'ledger'] as const;
type TabKey = (typeof TABS)[number];

export function ProgrammePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const programme = useCreationProgramme(Number.isFinite(id) ? id : undefined);

  if (!Number.isFinite(id)) {
    return <Result status="404" title="404" subTitle={t('common.notFound')} />;
  }
  if (programme.isPending) return <Skeleton active />;
  if (programme.isError) {
    const notFound = programme.error instanceof ApiError && programme.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? '404' : undefined}
        subTitle={describeError(t, programme.error)}
        data-testid={notFound ? 'programme-not-found' : undefined}
        extra={
          <Button type="primary" onClick={() => void navigate('/creation')}>
            {t('nav.creation')}
          </Button>
        }
      />
    );
  }
  return <Programme programme={programme.data} />;
}

function Programme({ programme }: { programme: CreationProgramme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { date } = useFormat();
  const [params, setParams] = useSearchParams();
  const years = useMemo(() => programmeYears(programme), [programme]);
  const yearParam = Number(params.get('year'));
  const year = years.includes(yearParam) ? yearParam : defaultYear(programme);
  const tab: TabKey = TABS.find((k) => k === params.get('tab')) ?? 'assessment';
  const stages = [...programme.stages].sort((a, b) => a.year - b.year);

  const select = (next: { year?: number; tab?: TabKey }) =>
    setParams(
      (p) => {
        const out = new URLSearchParams(p);
        if (next.year !== undefined) out.set('year', String(next.year));
        if (next.tab !== undefined) out.set('tab', next.tab);
        return out;
      },
      { replace: true },
    );

  const title = `${programme.countyOrgName} · ${enumLabel(t, 'creationKind', programme.kind)}`;
  const latest = programme.latest;

  return (
    <>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size={4}>
          <Button
            type="link"
            icon={<ArrowLeftOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() => void navigate('/creation')}
          >
            {t('nav.creation')}
          </Button>
          <Space wrap align="center">
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="programme-title">
              {title}
            </Typography.Title>
            <Tag color="blue">{enumLabel(t, 'creationStatus', programme.status)}</Tag>
          </Space>
        </Space>
        <Space align="center">
          <Typography.Text>{t('creation.year')}</Typography.Text>
          <Select<number>
            value={year}
            style={{ width: 170 }}
            aria-label={t('creation.year')}
            data-testid="year-select"
            onChange={(y) => select({ year: y })}
            options={years.map((y) => ({
              value: y,
              label: t('creation.yearOption', { year: y }),
            }))}
          />
        </Space>
      </Flex>
      <RecognitionPanel programme={programme} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('creation.county')}>
            {programme.countyOrgName}（{programme.countyOrgCode}）
          </Descriptions.Item>
          <Descriptions.Item label={t('creation.targetYear')}>
            {programme.targetYear}
          </Descriptions.Item>
          <Descriptions.Item label={t('creation.latestYear')}>
            {latest ? (
              <Space size={4}>
                {latest.year}
                <VerdictTag verdict={latest.verdict} />
              </Space>
            ) : (
              t('creation.notFiled')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('creation.standard')} span="filled">
            {programme.standardSetName}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 8 }}>
          {t('creation.stages')}
        </Typography.Title>
        {stages.length === 0 ? (
          <Typography.Text type="secondary">{t('creation.noStages')}</Typography.Text>
        ) : (
          <Steps
            data-testid="stages"
            size="small"
            current={Math.max(
              0,
              stages.findIndex((s) => s.year >= year),
            )}
            items={stages.map((s) => ({
              key: s.year,
              title: `${s.year}`,
              status: s.year < year ? 'finish' : s.year === year ? 'process' : 'wait',
              subTitle: s.dueDate ? t('creation.stageDue', { date: date(s.dueDate) }) : undefined,
              content: <span className="creation-stage-goal">{s.goal}</span>,
              onClick: years.includes(s.year) ? () => select({ year: s.year }) : undefined,
            }))}
          />
        )}
      </Card>
      {!programme.editable && (
        <Alert type="info" showIcon title={t('creation.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => select({ tab: k as TabKey })}
          destroyOnHidden
          items={[
            {
              key: 'assessment',
              label: t('creation.tabAssessment'),
              children: <AssessmentPanel programme={programme} year={year} />,
            },
            {
              key: 'data',
              label: t('creation.tabData'),
              children: <SchoolDataPanel key={year} programme={programme} year={year} />,
            },
            {
              key: 'county',
              label: t('creation.tabCounty'),
              children: <CountyDataPanel key={year} programme={programme} year={year} />,
            },
            {
              key: 'whatif',
              label: t('creation.tabWhatIf'),
              children: <WhatIfPanel key={year} programme={programme} year={year} />,
            },
            {
              key: 'ledger',
              label: t('creation.tabLedger'),
              children: <LedgerPanel programme={programme} year={year} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
