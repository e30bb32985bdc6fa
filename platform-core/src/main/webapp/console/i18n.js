// The console's words in English and Simplified Chinese. Keys name what a text is for.
const messages = {
  en: {
    brand: 'Sales platform',
    language: 'Language',
    signOut: 'Sign out',
    welcome: 'Sign in',
    welcomeText: 'Company staff sign in to their company; operators run the platform.',
    signInCompany: 'Sign in to your company',
    signInOperator: 'Operator sign-in',
    signingIn: 'Signing in…',
    signInFailed: 'Sign-in failed: {reason}',
    tenant: 'Company',
    switchTenant: 'Switch company',
    noTenant: 'Your account belongs to no company yet. Ask your company admin to add you.',
    profile: 'You in {tenant}',
    name: 'Name',
    username: 'User name',
    email: 'Email',
    roles: 'Roles',
    memberSince: 'Member since',
    tenants: 'Subscribed companies',
    slug: 'Slug',
    companyName: 'Company name',
    status: 'Status',
    admin: 'Admin',
    created: 'Subscribed',
    subscribe: 'Subscribe a company',
    adminName: "Admin's name",
    adminEmail: "Admin's email",
    adminUsername: "Admin's user name (optional)",
    subscribed: '{name} is subscribed. One-time password for {username}: {password}',
    subscribedNoPassword: '{name} is subscribed; {username} already had an account.',
    requestFailed: '{title}: {detail}',
    'role.tenant-admin': 'Tenant admin',
    'role.sales-manager': 'Sales manager',
    'role.sales-rep': 'Sales rep',
    'role.marketing': 'Marketing',
    'role.legal': 'Legal reviewer',
    'role.inspector': 'Inspector',
    'status.ACTIVE': 'Active',
    'status.PROVISIONING': 'Being set up',
    'status.SUSPENDED': 'Suspended',
    'status.DELETING': 'Being deleted',
  },
  'zh-CN': {
    brand: '销售管理平台',
    language: '语言',
    signOut: '退出',
    welcome: '登录',
    welcomeText: '公司员工登录所在公司；运营人员管理平台。',
    signInCompany: '登录公司',
    signInOperator: '运营人员登录',
    signingIn: '正在登录…',
    signInFailed: '登录失败：{reason}',
    tenant: '公司',
    switchTenant: '切换公司',
    noTenant: '您的账号尚未加入任何公司，请联系公司管理员。',
    profile: '您在 {tenant}',
    name: '姓名',
    username: '用户名',
    email: '邮箱',
    roles: '角色',
    memberSince: '加入时间',
    tenants: '已订阅的公司',
    slug: '标识',
    companyName: '公司名称',
    status: '状态',
    admin: '管理员',
    created: '订阅时间',
    subscribe: '订阅新公司',
    adminName: '管理员姓名',
    adminEmail: '管理员邮箱',
    adminUsername: '管理员用户名（可选）',
    subscribed: '{name} 已订阅。{username} 的一次性密码：{password}',
    subscribedNoPassword: '{name} 已订阅；{username} 已有账号。',
    requestFailed: '{title}：{detail}',
    'role.tenant-admin': '租户管理员',
    'role.sales-manager': '销售经理',
    'role.sales-rep': '销售代表',
    'role.marketing': '市场人员',
    'role.legal': '法务审核',
    'role.inspector': '稽查人员',
    'status.ACTIVE': '正常',
    'status.PROVISIONING': '开通中',
    'status.SUSPENDED': '已暂停',
    'status.DELETING': '删除中',
  },
};

const STORE = 'console.language';
let current = localStorage.getItem(STORE)
  || (navigator.language && navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

export function language() {
  return current;
}

export function setLanguage(tag) {
  current = messages[tag] ? tag : 'en';
  localStorage.setItem(STORE, current);
  document.documentElement.lang = current;
}

export function t(key, params = {}) {
  const text = messages[current][key] ?? messages.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

/** Translates every element that names its text with data-i18n. */
export function translateStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
}
