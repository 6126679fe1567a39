import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    // WCAG AA (4.5:1) for secondary text, labels and links on white and on the light greys
    colorLink: '#1f5fbf',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
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
