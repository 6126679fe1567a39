import {
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  InputNumber,
  Pagination,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/ListPage';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useListState } from '../../../lib/list/useListState';
import { usePublicDecisions } from '../api/cases';

type Filters = { year?: number | null };

const FILTERS = { year: 'int' } as const;
const DEFAULTS = { size: 10 };

/**
 * 问责决定公开: reachable without signing in (and inside the shell when signed in); names are
 * masked by the server.
 */
export function PublicDecisionsPage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const list = useListState(FILTERS, DEFAULTS);
  const decisions = usePublicDecisions(list.page, list.size, list.filters.year);

  return (
    <ListPage<Filters>
      title={
        <Space orientation="vertical" size={2}>
          {t('publicDecisions.title')}
          <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>
            {t('publicDecisions.subtitle')}
          </Typography.Text>
        </Space>
      }
      filters={{
        values: list.filters,
        onApply: ({ year }) => list.setFilters({ year: year ?? undefined }),
        children: (
          <Form.Item name="year" label={t('publicDecisions.year')}>
            <InputNumber
              min={2000}
              max={2100}
              precision={0}
              placeholder={t('publicDecisions.allYears')}
              style={{ width: 120 }}
            />
          </Form.Item>
        ),
      }}
      error={decisions.error}
    >
      {decisions.isPending && <Skeleton active />}
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
            <Descriptions column={{ xs: 1, md: 2 }} size="small" styles={{ label: { width: 90 } }}>
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
      {decisions.data && decisions.data.total > list.size && (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Pagination
            {...list.pagination(decisions.data.total)}
            onChange={(page, size) => list.onTableChange({ page: page - 1, size })}
          />
        </Flex>
      )}
    </ListPage>
  );
}
