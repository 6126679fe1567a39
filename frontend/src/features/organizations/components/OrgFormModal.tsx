import { useEffect } from 'react';
import { App, Form, Input, Modal, Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateOrganizationBody, OrganizationType, SchoolStage } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { ORGANIZATION_TYPES, SCHOOL_STAGES, enumLabel } from '../../../lib/enums';
import {
  useCreateOrganization,
  useOrganization,
  useUpdateOrganization,
} from '../api/organizations';
import { OrgTreeSelect } from './OrgTreeSelect';

export type OrgFormMode = { kind: 'create'; parentId?: number } | { kind: 'edit'; id: number };

type Values = {
  code: string;
  name: string;
  type: OrganizationType;
  parentId?: number;
  officeName?: string;
  stage?: SchoolStage;
};

export function OrgFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: OrgFormMode;
  onClose: () => void;
  onSaved: (id: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const editing = mode.kind === 'edit' ? mode.id : undefined;
  const existing = useOrganization(editing);
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const type = Form.useWatch('type', form);

  useEffect(() => {
    if (existing.data) {
      form.setFieldsValue({
        code: existing.data.code,
        name: existing.data.name,
        type: existing.data.type,
        parentId: existing.data.parentId ?? undefined,
        officeName: existing.data.officeName ?? undefined,
        stage: existing.data.stage ?? undefined,
      });
    }
  }, [existing.data, form]);

  const onFinish = (v: Values) => {
    const body: CreateOrganizationBody = {
      code: v.code.trim(),
      name: v.name.trim(),
      type: v.type,
      // absent optional fields are left out (the contract has no nulls in request bodies)
      parentId: v.parentId ?? undefined,
      officeName: v.officeName?.trim() ? v.officeName.trim() : undefined,
      stage: v.type === 'SCHOOL' ? v.stage : undefined,
    };
    const done = {
      onSuccess: (saved: { id?: number }) => {
        void message.success(t('common.saved'));
        onSaved(saved.id);
      },
      onError: (e: unknown) => onError(e, form),
    };
    if (editing !== undefined) {
      update.mutate({ id: editing, body: { ...body, version: existing.data?.version ?? 0 } }, done);
    } else {
      create.mutate(body, done);
    }
  };

  return (
    <Modal
      open
      title={editing !== undefined ? t('org.editTitle') : t('org.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
    >
      <Spin spinning={editing !== undefined && existing.isPending}>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={mode.kind === 'create' ? { parentId: mode.parentId } : undefined}
        >
          <Form.Item
            name="name"
            label={t('org.name')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('org.name') }),
              },
            ]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('org.code')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('org.code') }),
              },
            ]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="type"
            label={t('org.type')}
            rules={[{ required: true, message: t('common.select', { field: t('org.type') }) }]}
          >
            <Select
              options={ORGANIZATION_TYPES.map((v) => ({
                value: v,
                label: enumLabel(t, 'orgType', v),
              }))}
            />
          </Form.Item>
          <Form.Item name="parentId" label={t('org.parent')}>
            <OrgTreeSelect excludeId={editing} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="officeName" label={t('org.officeName')}>
            <Input maxLength={100} />
          </Form.Item>
          {type === 'SCHOOL' && (
            <Form.Item name="stage" label={t('org.stage')}>
              <Select
                allowClear
                options={SCHOOL_STAGES.map((v) => ({ value: v, label: enumLabel(t, 'stage', v) }))}
              />
            </Form.Item>
          )}
        </Form>
      </Spin>
    </Modal>
  );
}
