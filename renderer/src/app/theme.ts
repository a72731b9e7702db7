import { createTheme } from '@mantine/core';

// Chinese first: the Debian/Kylin/UOS fonts (Noto/Source Han), then the Windows and macOS ones.
const CJK_SANS =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", sans-serif';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 7,
  other: { brand: '#a61b1b' },
  fontFamily: CJK_SANS,
  headings: { fontFamily: CJK_SANS, fontWeight: '600' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    Modal: { defaultProps: { centered: true, size: 'lg' } },
    Tooltip: { defaultProps: { openDelay: 300 } },
  },
});
