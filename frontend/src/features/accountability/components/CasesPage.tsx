import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import { DownloadOutlined, NumberOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseQuery, CaseSource, CaseStatus, SubjectType, TaskLight } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  SUBJECT_TYPES,
  TASK_LIGHTS,
  canIssue,
  enumLabel,
} from '../../../lib/enums';
import { useMe } from '../../auth/api/session';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { LightLegend, LightTag } from '../../tasks/components/TaskTags';
import { exportCases, useCaseNumbering, useCases, useSaveCaseNumbering } from '../api/cases';
import { CaseFormModal } from './CaseFormModal';
import { CaseTable } from './CaseTable';
import { PlanItemFilterTag } from '../../plans/components/PlanItemFilter';
import { usePlanItemParam } from '../../plans/planItemParam';

type Filters = {
  q?: string;
  status?: CaseStatus;
  light?: TaskLight;
  severe?: 'yes' | 'no';
  subjectType?: SubjectType;
  source?: CaseSource;
  subjectOrgId?: number;
  year?: number | null;
};

const PAGE_SIZE = 20;
const SORT = 'openedOn,desc';

/** 问责案件登记簿 */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<CaseQuery>({ page: 0, size: PAGE_SIZE, sort: SORT });
  const [creating, setCreating] = useState(false);
  const [numbering, setNumbering] = useState(false);
  const [exporting, setExporting] = useState(false);
  const planItemId = usePlanItemParam();
  const filtered = { ...query, planItemId };
  const cases = useCases(filtered);
  const office = canIssue(me?.roles);

  const applyFilters = (f: Filters) =>
    setQuery((q) => ({
      ...q,
      page: 0,
      q: f.q?.trim() || undefined,
      status: f.status,
      light: f.light,
      severe: f.severe === undefined ? undefined : f.severe === 'yes',
      subjectType: f.subjectType,
      source: f.source,
      subjectOrgId: f.subjectOrgId,
      year: f.year ?? undefined,
    }));

  const onExport = () => {
    setExporting(true);
    exportCases(filtered, `${t('case.exportName')}.xlsx`)
      .catch((e: unknown) => onError(e))
      .finally(() => setExporting(false));
  };

  return (
    <>
      <PageHeader
        title={t('case.register')}
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport}>
              {t('case.export')}
            </Button>
            {office && (
              <Button icon={<NumberOutlined />} onClick={() => setNumbering(true)}>
                {t('case.numbering')}
              </Button>
            )}
            {office && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-action="create-case"
              >
                {t('case.create')}
              </Button>
            )}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters> form={form} layout="inline" onFinish={applyFilters} style={{ rowGap: 12 }}>
          <Form.Item name="q" label={t('case.keyword')}>
            <Input allowClear placeholder={t('case.keywordPlaceholder')} style={{ width: 190 }} />
          </Form.Item>
          <Form.Item name="status" label={t('case.status')}>
            <Select
              allowClear
              style={{ width: 130 }}
              placeholder={t('case.allStatuses')}
              options={CASE_STATUSES.map((s) => ({
                value: s,
                label: enumLabel(t, 'caseStatus', s),
              }))}
            />
          </Form.Item>
          <Form.Item name="light" label={t('case.light')}>
            <Select
              allowClear
              style={{ width: 110 }}
              placeholder={t('case.allLights')}
              options={TASK_LIGHTS.map((l) => ({
                value: l,
                title: enumLabel(t, 'light', l),
                label: <LightTag light={l} />,
              }))}
            />
          </Form.Item>
          <Form.Item name="severe" label={t('case.severe')}>
            <Select
              allowClear
              style={{ width: 110 }}
              placeholder={t('case.all')}
              options={[
                { value: 'yes', label: t('case.severeOnly') },
                { value: 'no', label: t('case.notSevere') },
              ]}
            />
          </Form.Item>
          <Form.Item name="subjectType" label={t('case.subjectType')}>
            <Select
              allowClear
              style={{ width: 170 }}
              placeholder={t('case.allTypes')}
              options={SUBJECT_TYPES.map((s) => ({
                value: s,
                label: enumLabel(t, 'subjectType', s),
              }))}
            />
          </Form.Item>
          <Form.Item name="source" label={t('case.source')}>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('case.allSources')}
              options={CASE_SOURCES.map((s) => ({
                value: s,
                label: enumLabel(t, 'caseSource', s),
              }))}
            />
          </Form.Item>
          {office && (
            <Form.Item name="subjectOrgId" label={t('case.subjectOrg')}>
              <OrgTreeSelect placeholder={t('case.all')} style={{ width: 180 }} />
            </Form.Item>
          )}
          <Form.Item name="year" label={t('case.year')}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  applyFilters({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <PlanItemFilterTag />
      <Card>
        <div style={{ marginBottom: 12 }}>
          <LightLegend />
        </div>
        {cases.isError && (
          <Alert
            type="error"
            showIcon
            title={describeError(t, cases.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <div data-testid="case-table">
          <CaseTable
            cases={cases.data?.items ?? []}
            loading={cases.isFetching}
            onPageChange={(page, size) => setQuery((q) => ({ ...q, page, size }))}
            pagination={{
              current: (query.page ?? 0) + 1,
              pageSize: query.size ?? PAGE_SIZE,
              total: cases.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
            }}
          />
        </div>
      </Card>
      {creating && (
        <CaseFormModal
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            void navigate(`/accountability/${saved.id}`);
          }}
        />
      )}
      {numbering && me && (
        <NumberingModal orgId={me.organization.id} onClose={() => setNumbering(false)} />
      )}
    </>
  );
}

function NumberingModal({ orgId, onClose }: { orgId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const numbering = useCaseNumbering(orgId);
  const save = useSaveCaseNumbering(orgId);
  const [form] = Form.useForm<{ prefix: string }>();
  return (
    <Modal
      open
      title={t('case.numberingTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      {numbering.data && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ prefix: numbering.data.prefix }}
          onFinish={({ prefix }) =>
            save.mutate(prefix.trim(), {
              onSuccess: () => {
                void message.success(t('common.saved'));
                onClose();
              },
              onError: (e) => onError(e, form),
            })
          }
        >
          <Form.Item
            name="prefix"
            label={t('case.numberingPrefix')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Typography.Text type="secondary">
            {t('case.numberingNext', { next: numbering.data.nextNumber })}
          </Typography.Text>
        </Form>
      )}
      {numbering.isError && <Alert type="error" title={describeError(t, numbering.error)} />}
    </Modal>
  );
}
