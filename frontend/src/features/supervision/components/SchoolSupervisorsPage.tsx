import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Form, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import {
  useAppointments,
  useSaveSchoolSupervisors,
  useSchoolSupervisors,
} from '../api/supervision';

type Values = { leadUserId?: number; otherUserIds?: number[] };

/** 挂牌: a school's lead supervisor and the others, chosen among the current appointees of its zone. */
export function SchoolSupervisorsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [schoolId, setSchoolId] = useState<number>();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const school = useSchoolSupervisors(schoolId);
  const zoneId = school.data?.zoneId ?? undefined;
  const appointees = useAppointments(
    { zoneId, status: 'ACTIVE', size: 200, page: 0 },
    zoneId !== undefined,
  );
  const save = useSaveSchoolSupervisors();

  useEffect(() => {
    const supervisors = school.data?.supervisors ?? [];
    form.setFieldsValue({
      leadUserId: supervisors.find((s) => s.lead)?.userId,
      otherUserIds: supervisors.filter((s) => !s.lead).map((s) => s.userId),
    });
  }, [school.data, form]);

  const options = (appointees.data?.items ?? [])
    .filter((a) => a.current)
    .map((a) => ({
      value: a.userId,
      label: `${a.userDisplayName}（${a.userOrgName}，${enumLabel(t, 'employment', a.employment)}）`,
    }));

  const onFinish = (v: Values) =>
    schoolId !== undefined &&
    save.mutate(
      { orgId: schoolId, body: { leadUserId: v.leadUserId, otherUserIds: v.otherUserIds ?? [] } },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (e: unknown) => onError(e, form),
      },
    );

  return (
    <>
      <PageHeader title={t('supervision.schoolSupervisorsTitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Space>
          {t('supervision.school')}
          <OrgTreeSelect value={schoolId} onChange={(v) => setSchoolId(v as number | undefined)} />
        </Space>
      </Card>
      {schoolId === undefined ? (
        <Empty description={t('supervision.pickSchool')} />
      ) : (
        school.data && (
          <Card title={school.data.schoolName}>
            <Descriptions
              column={1}
              style={{ marginBottom: 16 }}
              items={[
                {
                  key: 'zone',
                  label: t('supervision.zone'),
                  children: school.data.zoneName ?? t('common.none'),
                },
                {
                  key: 'now',
                  label: t('supervision.current'),
                  children: school.data.supervisors.length
                    ? school.data.supervisors.map((s) => (
                        <Tag key={s.appointmentId} color={s.lead ? 'blue' : undefined}>
                          {s.displayName}
                          {s.lead ? `（${t('supervision.lead')}）` : ''}
                          {s.phone ? ` ${s.phone}` : ''}
                        </Tag>
                      ))
                    : t('common.none'),
                },
              ]}
            />
            <Form<Values>
              form={form}
              layout="vertical"
              onFinish={onFinish}
              style={{ maxWidth: 560 }}
            >
              <Form.Item name="leadUserId" label={t('supervision.lead')}>
                <Select allowClear options={options} loading={appointees.isFetching} />
              </Form.Item>
              <Form.Item name="otherUserIds" label={t('supervision.others')}>
                <Select mode="multiple" allowClear options={options} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Form>
          </Card>
        )
      )}
    </>
  );
}
