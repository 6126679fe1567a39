import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../api/types';
import { enumLabel, grantableRoles } from '../../../lib/enums';
import { useMe } from '../../auth/api/session';

/** Multi-select of the roles the signed-in user may grant (office roles never see ADMIN). */
export function RolePicker(props: Omit<SelectProps<Role[]>, 'options' | 'mode'>) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const options = grantableRoles(me?.roles).map((r) => ({
    value: r,
    label: enumLabel(t, 'role', r),
  }));
  return (
    <Select<Role[]>
      mode="multiple"
      allowClear
      placeholder={t('common.select', { field: t('user.roles') })}
      {...props}
      options={options}
    />
  );
}
