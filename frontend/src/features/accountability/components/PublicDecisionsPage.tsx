import { useState } from 'react';
import {
  Alert,
  Card,
  Descriptions,
  Empty,
  Flex,
  InputNumber,
  Layout,
  Pagination,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { describeError } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { usePublicDecisions } from '../api/cases';

const PAGE_SIZE = 10;

/** 问责决定公开: reachable without signing in; names are masked by the server. */
export function PublicDecisionsPage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [page, setPage] = useState(0);
  const [year, setYear] = useState<number | undefined>();
  const decisions = usePublicDecisions(page, PAGE_SIZE, year);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header public-header">
        <Flex align="center" gap={10}>
          <SafetyCertificateOutlined style={{ fontSize: 22, color: '#1f5fbf' }} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('app.name')} · {t('publicDecisions.title')}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={16}>
          <LanguageSwitch size="small" />
          <Link to="/login">{t('publicDecisions.signIn')}</Link>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Space orientation="vertical" size={2}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('publicDecisions.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('publicDecisions.subtitle')}</Typography.Text>
          </Space>
          <Space>
            <Typography.Text>{t('publicDecisions.year')}</Typography.Text>
            <InputNumber
              min={2000}
              max={2100}
              precision={0}
              placeholder={t('publicDecisions.allYears')}
              value={year}
              onChange={(v) => {
                setYear(v ?? undefined);
                setPage(0);
              }}
              style={{ width: 120 }}
            />
          </Space>
        </Flex>
        {decisions.isPending && <Skeleton active />}
        {decisions.isError && (
          <Alert type="error" showIcon title={describeError(t, decisions.error)} />
        )}
        {decisions.data && decisions.data.items.length === 0 && (
          <Empty description={t('publicDecisions.empty')} />
        )}
        <Space
          orientation="vertical"
          size={16}
          style={{ width: '100%' }}
          data-testid="public-decisions"
        >
          {decisions.data?.items.map((d) => (
            <Card
              key={d.caseNumber}
              data-testid="public-decision"
              title={
                <Space wrap>
                  <span>{d.caseNumber}</span>
                  {d.severe && <Tag color="red">{t('publicDecisions.severe')}</Tag>}
                </Space>
              }
              extra={<Typography.Text type="secondary">{date(d.decidedOn)}</Typography.Text>}
            >
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                styles={{ label: { width: 90 } }}
              >
                <Descriptions.Item label={t('publicDecisions.handlingOrg')}>
                  {d.handlingOrgName}
                </Descriptions.Item>
                <Descriptions.Item label={t('publicDecisions.subject')}>
                  {[d.subjectOrgName, d.subjectPerson].filter(Boolean).join(' · ') ||
                    enumLabel(t, 'subjectType', d.subjectType)}
                </Descriptions.Item>
                <Descriptions.Item label={t('publicDecisions.measures')} span={2}>
                  {d.measures.map((m) => (
                    <Tag key={m} color="volcano">
                      {m}
                    </Tag>
                  ))}
                </Descriptions.Item>
                {d.scenarios.length > 0 && (
                  <Descriptions.Item label={t('publicDecisions.scenarios')} span={2}>
                    <Flex vertical gap={2}>
                      {d.scenarios.map((s) => (
                        <span key={s}>{s}</span>
                      ))}
                    </Flex>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('publicDecisions.basis')} span={2}>
                  {d.basis}
                </Descriptions.Item>
                <Descriptions.Item label={t('publicDecisions.effectiveOn')} span={2}>
                  {date(d.effectiveOn)}
                </Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph
                style={{ whiteSpace: 'pre-wrap', marginTop: 12, marginBottom: 0 }}
              >
                {d.decisionText}
              </Typography.Paragraph>
            </Card>
          ))}
        </Space>
        {decisions.data && decisions.data.total > PAGE_SIZE && (
          <Flex justify="flex-end" style={{ marginTop: 16 }}>
            <Pagination
              current={page + 1}
              pageSize={PAGE_SIZE}
              total={decisions.data.total}
              onChange={(p) => setPage(p - 1)}
              showSizeChanger={false}
            />
          </Flex>
        )}
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
