// Texts of sign-in, first-run set-up and the idle lock.
export const authTexts = {
  appName: '教务通',
  loginTitle: '登录',
  setupTitle: '首次使用：创建管理员账号',
  setupHint: '教务通保存学员的个人信息和学校的教学记录。请先创建管理员账号，之后由管理员为其他人建立账号。',
  lockedHint: (name: string) => `因长时间未操作，已自动锁定。请 ${name} 重新登录。`,
  expiredHint: '登录已过期，请重新登录。',
  username: '用户名',
  displayName: '姓名',
  password: '密码',
  confirmPassword: '再次输入密码',
  passwordHint: '至少 8 位',
  mismatch: '两次输入的密码不一致',
  login: '登录',
  setup: '创建管理员并登录',
  logout: '退出登录',
  loading: '正在连接……',
};
