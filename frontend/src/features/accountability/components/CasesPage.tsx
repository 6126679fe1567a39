import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { NumberOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseSource, CaseStatus, SubjectType, TaskLight } from '../../../api/types';
import { EnumFilter, KeywordFilter, OpenOnlyFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  SUBJECT_TYPES,
  TASK_LIGHTS,
  canIssue,
} from '../../../lib/enums';
import { useListState } from '../../../lib/list/useListState';
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
  open?: boolean;
};

const FILTERS = {
  q: 'string',
  status: CASE_STATUSES,
  light: TASK_LIGHTS,
  severe: 'boolean',
  subjectType: SUBJECT_TYPES,
  source: CASE_SOURCES,
  subjectOrgId: 'int',
  year: 'int',
  open: 'boolean',
} as const;
const DEFAULTS = { sort: 'openedOn,desc' };

/** 问责案件登记簿 */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const list = useListState(FILTERS, DEFAULTS);
  const [creating, setCreating] = useState(false);
  const [numbering, setNumbering] = useState(false);
  const planItemId = usePlanItemParam();
  const query = { ...list.query, planItemId };
  const cases = useCases(query);
  const office = canIssue(me?.roles);
  const { severe, ...rest } = list.filters;

  return (
    <>
      <ListPage<Filters>
        notice={<PlanItemFilterTag />}
        title={t('case.register')}
        exportLabel={t('case.export')}
        onExport={() => exportCases(query, `${t('case.exportName')}.xlsx`)}
        actions={
          office && (
            <>
              <Button icon={<NumberOutlined />} onClick={() => setNumbering(true)}>
                {t('case.numbering')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-action="create-case"
              >
                {t('case.create')}
              </Button>
            </>
          )
        }
        filters={{
          values: { ...rest, severe: severe === undefined ? undefined : severe ? 'yes' : 'no' },
          onApply: ({ q, severe: s, year, open, ...f }) =>
            list.setFilters({
              ...f,
              open: open || undefined,
              q: q?.trim() || undefined,
              severe: s === undefined ? undefined : s === 'yes',
              year: year ?? undefined,
            }),
          children: (
            <>
              <KeywordFilter
                label={t('case.keyword')}
                placeholder={t('case.keywordPlaceholder')}
                width={190}
              />
              <EnumFilter
                name="status"
                label={t('case.status')}
                placeholder={t('case.allStatuses')}
                width={130}
                values={CASE_STATUSES}
                group="caseStatus"
              />
              <EnumFilter
                name="light"
                label={t('case.light')}
                placeholder={t('case.allLights')}
                width={110}
                values={TASK_LIGHTS}
                group="light"
                render={(l) => <LightTag light={l} />}
              />
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
              <EnumFilter
                name="subjectType"
                label={t('case.subjectType')}
                placeholder={t('case.allTypes')}
                width={170}
                values={SUBJECT_TYPES}
                group="subjectType"
              />
              <EnumFilter
                name="source"
                label={t('case.source')}
                placeholder={t('case.allSources')}
                width={140}
                values={CASE_SOURCES}
                group="caseSource"
              />
              {office && (
                <Form.Item name="subjectOrgId" label={t('case.subjectOrg')}>
                  <OrgTreeSelect placeholder={t('case.all')} style={{ width: 180 }} />
                </Form.Item>
              )}
              <Form.Item name="year" label={t('case.year')}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} />
              </Form.Item>
              <OpenOnlyFilter />
            </>
          ),
        }}
        legend={<LightLegend />}
        error={cases.error}
      >
        <div data-testid="case-table">
          <CaseTable
            cases={cases.data?.items ?? []}
            loading={cases.isFetching}
            onChange={list.onTableChange}
            pagination={list.pagination(cases.data?.total)}
          />
        </div>
      </ListPage>
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
