import { Segmented } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from '../lib/i18n';

/** 中文 / English switch; the choice is remembered in localStorage. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { t, i18n } = useTranslation();
  const value: Language = i18n.language === 'en' ? 'en' : currentLanguage();
  return (
    <span
      className="language-switch"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}
    >
      <GlobalOutlined aria-hidden style={{ color: '#8c8c8c' }} />
      <Segmented<Language>
        size={size}
        aria-label={t('lang.label')}
        value={value}
        options={[
          { label: t('lang.zh'), value: 'zh-CN' },
          { label: t('lang.en'), value: 'en' },
        ]}
        onChange={(lng) => void setLanguage(lng)}
      />
    </span>
  );
}
