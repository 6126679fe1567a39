import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#0b2e6b', headerPadding: '0 24px' },
    Menu: {
      darkItemBg: '#0b2e6b',
      darkSubMenuItemBg: '#0a2860',
      darkItemSelectedBg: '#1f5fbf',
    },
  },
};
