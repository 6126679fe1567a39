import { useState } from 'react';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentStatus, Employment } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { fromApiDate, toApiDate } from '../../../lib/format';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useUsers } from '../../users/api/users';
import { useSaveAppointment } from '../api/supervision';

type Values = {
  userId: number;
  zoneId: number;
  term: [Dayjs, Dayjs];
  certificateNo?: string;
  employment: Employment;
  status: AppointmentStatus;
  phone?: string;
};

const EMPLOYMENTS: Employment[] = ['PART_TIME', 'FULL_TIME'];
const STATUSES: AppointmentStatus[] = ['ACTIVE', 'SUSPENDED', 'ENDED'];

/** Appoint a responsibility supervisor (appointment undefined) or edit an appointment. */
export function AppointmentFormModal({
  appointment,
  onClose,
}: {
  appointment?: Appointment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const save = useSaveAppointment();
  const [userSearch, setUserSearch] = useState('');
  const users = useUsers({ q: userSearch.trim() || undefined, size: 50, page: 0 });
  const userOptions = (users.data?.items ?? []).map((u) => ({
    value: u.id,
    label: `${u.displayName}（${u.organizationName}）`,
  }));
  if (appointment && !userOptions.some((o) => o.value === appointment.userId)) {
    userOptions.unshift({
      value: appointment.userId,
      label: `${appointment.userDisplayName}（${appointment.userOrgName}）`,
    });
  }

  const onFinish = (v: Values) =>
    save.mutate(
      {
        id: appointment?.id,
        body: {
          userId: v.userId,
          zoneId: v.zoneId,
          termStart: toApiDate(v.term[0]) ?? '',
          termEnd: toApiDate(v.term[1]) ?? '',
          certificateNo: v.certificateNo?.trim() || undefined,
          employment: v.employment,
          status: v.status,
          phone: v.phone?.trim() || undefined,
          version: appointment?.version,
        },
      },
      { onSuccess: onClose, onError: (e: unknown) => onError(e, form) },
    );

  return (
    <Modal
      open
      title={appointment ? t('supervision.editAppointment') : t('supervision.newAppointment')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          appointment
            ? {
                userId: appointment.userId,
                zoneId: appointment.zoneId,
                term: [fromApiDate(appointment.termStart), fromApiDate(appointment.termEnd)],
                certificateNo: appointment.certificateNo,
                employment: appointment.employment,
                status: appointment.status,
                phone: appointment.phone,
              }
            : { employment: 'PART_TIME', status: 'ACTIVE' }
        }
      >
        <Form.Item
          name="userId"
          label={t('supervision.supervisor')}
          rules={[
            { required: true, message: t('common.select', { field: t('supervision.supervisor') }) },
          ]}
          extra={t('supervision.supervisorHint')}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setUserSearch }}
            options={userOptions}
            loading={users.isFetching}
          />
        </Form.Item>
        <Form.Item
          name="zoneId"
          label={t('supervision.zone')}
          rules={[
            { required: true, message: t('common.select', { field: t('supervision.zone') }) },
          ]}
        >
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item
          name="term"
          label={t('supervision.term')}
          rules={[
            { required: true, message: t('common.select', { field: t('supervision.term') }) },
          ]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="certificateNo" label={t('supervision.certificateNo')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="employment"
          label={t('supervision.employment')}
          rules={[{ required: true }]}
        >
          <Select
            options={EMPLOYMENTS.map((e) => ({ value: e, label: enumLabel(t, 'employment', e) }))}
          />
        </Form.Item>
        <Form.Item name="status" label={t('supervision.status')}>
          <Select
            options={STATUSES.map((s) => ({
              value: s,
              label: enumLabel(t, 'appointmentStatus', s),
            }))}
          />
        </Form.Item>
        <Form.Item name="phone" label={t('supervision.phone')}>
          <Input maxLength={30} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
