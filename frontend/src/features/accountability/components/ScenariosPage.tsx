import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Skeleton,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  AccountabilityScenario,
  SaveScenarioBody,
  ScenarioFamily,
  SubjectType,
} from '../../../api/types';
import { EnumFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { SCENARIO_FAMILIES, SUBJECT_TYPES, canIssue, enumLabel } from '../../../lib/enums';
import { useListState } from '../../../lib/list/useListState';
import { useMe } from '../../auth/api/session';
import { useSaveScenario, useScenarios } from '../api/cases';

type Filters = { family?: ScenarioFamily; targetType?: SubjectType };

const FILTERS = { family: SCENARIO_FAMILIES, targetType: SUBJECT_TYPES } as const;

/** 问责情景清单: the catalogue by family; local additions marked with their owner. */
export function ScenariosPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const list = useListState(FILTERS);
  const scenarios = useScenarios(list.filters);
  const [editing, setEditing] = useState<AccountabilityScenario | 'new' | null>(null);

  const columns = [
    {
      title: t('scenario.code'),
      key: 'code',
      width: 110,
      render: (_: unknown, s: AccountabilityScenario) => (
        <Typography.Text strong>{s.code}</Typography.Text>
      ),
    },
    {
      title: t('scenario.targetType'),
      key: 'targetType',
      width: 150,
      render: (_: unknown, s: AccountabilityScenario) => enumLabel(t, 'subjectType', s.targetType),
    },
    {
      title: t('scenario.description'),
      key: 'description',
      render: (_: unknown, s: AccountabilityScenario) => (
        <Space orientation="vertical" size={2}>
          <span>{s.description}</span>
          {s.source && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('scenario.source')}：{s.source}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('scenario.suggestedMeasures'),
      key: 'suggestedMeasures',
      width: 200,
      render: (_: unknown, s: AccountabilityScenario) => s.suggestedMeasures ?? '—',
    },
    {
      title: t('scenario.owner'),
      key: 'owner',
      width: 150,
      render: (_: unknown, s: AccountabilityScenario) => (
        <Space size={4} wrap>
          {s.ownerOrgId ? (
            <Tag color="purple" data-testid="local-scenario">
              {t('scenario.local', { org: s.ownerOrgName ?? s.ownerOrgId })}
            </Tag>
          ) : (
            <Tag>{t('scenario.builtIn')}</Tag>
          )}
          {!s.active && <Tag color="default">{t('scenario.inactive')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_: unknown, s: AccountabilityScenario) =>
        s.editable ? (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing(s)}
            data-action="edit-scenario"
          >
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <ListPage<Filters>
        title={t('scenario.title')}
        actions={
          canIssue(me?.roles) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('scenario.add')}
            </Button>
          )
        }
        filters={{
          values: list.filters,
          onApply: list.setFilters,
          children: (
            <>
              <EnumFilter
                name="family"
                label={t('scenario.family')}
                placeholder={t('scenario.allFamilies')}
                width={220}
                values={SCENARIO_FAMILIES}
                group="scenarioFamily"
              />
              <EnumFilter
                name="targetType"
                label={t('scenario.targetType')}
                placeholder={t('scenario.allTargetTypes')}
                width={160}
                values={SUBJECT_TYPES}
                group="subjectType"
              />
            </>
          ),
        }}
        error={scenarios.error}
      >
        {scenarios.isPending && <Skeleton active />}
        {scenarios.data && scenarios.data.length === 0 && (
          <Empty description={t('scenario.empty')} />
        )}
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {SCENARIO_FAMILIES.map((family) => {
            const rows = (scenarios.data ?? []).filter((s) => s.family === family);
            if (rows.length === 0) return null;
            return (
              <Card
                key={family}
                type="inner"
                title={enumLabel(t, 'scenarioFamily', family)}
                extra={
                  <Typography.Text type="secondary">
                    {t('scenario.count', { count: rows.length })}
                  </Typography.Text>
                }
                styles={{ body: { padding: 0 } }}
                data-family={family}
              >
                <Table<AccountabilityScenario>
                  rowKey="id"
                  size="small"
                  columns={columns}
                  dataSource={rows}
                  pagination={false}
                  scroll={{ x: 900 }}
                  rowClassName={(s) => (s.active ? '' : 'row-inactive')}
                />
              </Card>
            );
          })}
        </Space>
      </ListPage>
      {editing && (
        <ScenarioModal
          scenario={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function ScenarioModal({
  scenario,
  onClose,
}: {
  scenario?: AccountabilityScenario;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const save = useSaveScenario();
  const [form] = Form.useForm<SaveScenarioBody>();
  const req = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];
  return (
    <Modal
      open
      width={640}
      title={scenario ? t('scenario.editTitle') : t('scenario.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<SaveScenarioBody>
        form={form}
        layout="vertical"
        data-testid="scenario-form"
        initialValues={
          scenario
            ? {
                code: scenario.code,
                family: scenario.family,
                targetType: scenario.targetType,
                description: scenario.description,
                suggestedMeasures: scenario.suggestedMeasures,
                source: scenario.source,
                active: scenario.active,
              }
            : { active: true, family: 'KEY_TASKS_BEHIND', targetType: 'GOVERNMENT' }
        }
        onFinish={(v) =>
          save.mutate(
            {
              id: scenario?.id,
              body: {
                ...v,
                code: v.code.trim(),
                description: v.description.trim(),
                suggestedMeasures: v.suggestedMeasures?.trim() || undefined,
                source: v.source?.trim() || undefined,
                version: scenario?.version,
              },
            },
            {
              onSuccess: () => {
                void message.success(t('scenario.saved'));
                onClose();
              },
              onError: (e) => onError(e, form),
            },
          )
        }
      >
        <Space size={16} wrap style={{ width: '100%' }}>
          <Form.Item name="code" label={t('scenario.code')} rules={req(t('scenario.code'))}>
            <Input maxLength={40} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="targetType" label={t('scenario.targetType')}>
            <Select
              style={{ width: 200 }}
              options={SUBJECT_TYPES.map((s) => ({
                value: s,
                label: enumLabel(t, 'subjectType', s),
              }))}
            />
          </Form.Item>
          <Form.Item name="active" label={t('scenario.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="family" label={t('scenario.family')}>
          <Select
            options={SCENARIO_FAMILIES.map((f) => ({
              value: f,
              label: enumLabel(t, 'scenarioFamily', f),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('scenario.description')}
          rules={req(t('scenario.description'))}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="suggestedMeasures" label={t('scenario.suggestedMeasures')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="source" label={t('scenario.source')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
