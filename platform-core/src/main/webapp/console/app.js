// The console: sign in, then show the signed-in person in their company, or the operator's
// view of subscribed companies. Everything shown comes from the REST API; the server enforces
// every rule, the console only reflects it.
import { t, language, setLanguage, translateStatic } from './i18n.js';
import { signIn, completeSignIn, currentSession, accessToken, claimsOf, signOut } from './oidc.js';

const main = document.getElementById('main');
const TENANT_GROUP = /^\/tenants\/([^/]+)\/([^/]+)$/;
let config;
let render = () => {};

/** Builds an element; text is always set as text, never parsed as markup. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'onclick' || name === 'onsubmit' || name === 'onchange') {
      element.addEventListener(name.slice(2), value);
    } else if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
}

function notice(kind, text, id) {
  return el('div', { class: `notice ${kind}`, id, role: kind === 'error' ? 'alert' : 'status' }, text);
}

async function api(method, path, body) {
  const token = await accessToken(config);
  if (!token) {
    renderSignedOut();
    throw new Error('signed out');
  }
  const response = await fetch(path, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  return { status: response.status, ok: response.ok, json };
}

function problemText(problem) {
  return t('requestFailed', { title: problem?.title ?? 'Error', detail: problem?.detail ?? '' });
}

function renderSignedOut(error) {
  render = () => renderSignedOut(error);
  document.getElementById('who').textContent = '';
  document.getElementById('signout').hidden = true;
  show(el('section', { class: 'card' },
    el('h2', {}, t('welcome')),
    el('p', {}, t('welcomeText')),
    el('div', { class: 'actions' },
      el('button', { id: 'signin-company', onclick: () => signIn(config, config.tenantRealm) }, t('signInCompany')),
      el('button', { id: 'signin-operator', class: 'secondary', onclick: () => signIn(config, config.platformRealm) }, t('signInOperator'))),
    error ? notice('error', t('signInFailed', { reason: error.message }), 'signin-error') : null));
}

function tenantsOf(claims) {
  const slugs = new Set();
  (claims.groups || []).forEach((group) => {
    const match = TENANT_GROUP.exec(group);
    if (match) {
      slugs.add(match[1]);
    }
  });
  return [...slugs].sort();
}

async function renderStaff(claims, chosen) {
  const slugs = tenantsOf(claims);
  if (slugs.length === 0) {
    render = () => renderStaff(claims, chosen);
    show(el('section', { class: 'card' }, notice('error', t('noTenant'), 'no-tenant')));
    return;
  }
  const slug = slugs.includes(chosen) ? chosen : slugs[0];
  const answer = await api('GET', `/api/t/${encodeURIComponent(slug)}/me`);
  render = () => renderStaffWith(claims, slugs, slug, answer);
  renderStaffWith(claims, slugs, slug, answer);
}

/** A standard role's translated name; a company's own role is shown by its name. */
function roleLabel(role) {
  const key = `role.${role}`;
  const label = t(key);
  return label === key ? role : label;
}

function renderStaffWith(claims, slugs, slug, answer) {
  const picker = slugs.length > 1
    ? el('label', {}, `${t('switchTenant')} `,
      el('select', { id: 'tenant-picker', onchange: (e) => renderStaff(claims, e.target.value) },
        slugs.map((s) => el('option', { value: s, selected: s === slug }, s))))
    : null;
  if (!answer.ok) {
    show(el('section', { class: 'card' }, picker, notice('error', problemText(answer.json), 'me-error')));
    return;
  }
  const me = answer.json;
  show(el('section', { class: 'card', id: 'me' },
    el('h2', {}, t('profile', { tenant: me.tenant.name })),
    picker,
    el('dl', {},
      el('dt', {}, t('tenant')), el('dd', { id: 'me-tenant' }, `${me.tenant.name} (${me.tenant.slug})`),
      el('dt', {}, t('name')), el('dd', { id: 'me-name' }, me.user.name ?? ''),
      el('dt', {}, t('username')), el('dd', { id: 'me-username' }, me.user.username),
      el('dt', {}, t('email')), el('dd', {}, me.user.email ?? ''),
      el('dt', {}, t('roles')), el('dd', { id: 'me-roles' },
        me.roles.map((role) => el('span', { class: 'tag', 'data-role': role }, roleLabel(role)))),
      el('dt', {}, t('memberSince')),
      el('dd', {}, new Date(me.user.memberSince).toLocaleDateString(language())))));
}

async function renderOperator(message) {
  const answer = await api('GET', '/api/platform/tenants?limit=500');
  render = () => renderOperatorWith(answer, message);
  renderOperatorWith(answer, message);
}

function renderOperatorWith(answer, message) {
  const rows = answer.ok ? answer.json.items : [];
  const fields = ['slug', 'name', 'adminName', 'adminEmail', 'adminUsername'];
  const labels = { slug: 'slug', name: 'companyName', adminName: 'adminName', adminEmail: 'adminEmail', adminUsername: 'adminUsername' };
  const form = el('form', { class: 'grid', id: 'subscribe-form', novalidate: true, onsubmit: subscribe },
    fields.map((field) => [
      el('label', { for: `field-${field}` }, t(labels[field])),
      el('input', { id: `field-${field}`, name: field, autocomplete: 'off' }),
    ]),
    el('span'), el('div', {}, el('button', { type: 'submit', id: 'subscribe' }, t('subscribe'))));
  show(
    el('section', { class: 'card' },
      el('h2', {}, t('tenants')),
      answer.ok ? null : notice('error', problemText(answer.json)),
      el('table', { id: 'tenant-list' },
        el('thead', {}, el('tr', {}, [t('slug'), t('companyName'), t('status'), t('admin'), t('created')].map((h) => el('th', {}, h)))),
        el('tbody', {}, rows.map((tenant) => el('tr', { 'data-slug': tenant.slug },
          el('td', {}, tenant.slug), el('td', {}, tenant.name), el('td', {}, t(`status.${tenant.status}`)),
          el('td', {}, `${tenant.admin.name} <${tenant.admin.email}>`),
          el('td', {}, new Date(tenant.createdAt).toLocaleDateString(language()))))))),
    el('section', { class: 'card' }, el('h2', {}, t('subscribe')), form, message ?? null));
}

async function subscribe(event) {
  event.preventDefault();
  const form = event.target;
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  const body = {};
  new FormData(form).forEach((value, name) => {
    if (String(value).trim() !== '') {
      body[name] = String(value).trim();
    }
  });
  const answer = await api('POST', '/api/platform/tenants', body);
  if (answer.ok) {
    const tenant = answer.json;
    const text = tenant.initialAdminPassword
      ? t('subscribed', { name: tenant.name, username: tenant.admin.username, password: tenant.initialAdminPassword })
      : t('subscribedNoPassword', { name: tenant.name, username: tenant.admin.username });
    await renderOperator(notice('ok', text, 'subscribe-result'));
    return;
  }
  (answer.json?.errors || []).forEach((error) => {
    const input = form.querySelector(`[name="${CSS.escape(error.field)}"]`);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.after(el('div', { class: 'field-error', 'data-field': error.field }, error.message));
    }
  });
  form.after(notice('error', problemText(answer.json), 'subscribe-error'));
}

async function renderSignedIn(session) {
  const claims = claimsOf(session.accessToken);
  document.getElementById('who').textContent = claims.name || claims.preferred_username;
  const signout = document.getElementById('signout');
  signout.hidden = false;
  signout.onclick = () => signOut(config);
  if (session.realm === config.platformRealm) {
    await renderOperator();
  } else {
    await renderStaff(claims);
  }
}

async function start() {
  setLanguage(language());
  const picker = document.getElementById('language');
  picker.value = language();
  picker.addEventListener('change', () => {
    setLanguage(picker.value);
    translateStatic();
    render();
  });
  translateStatic();
  // a company with a realm of its own is reached through ?company=<slug>
  const company = new URLSearchParams(window.location.search).get('company');
  const query = company ? `?company=${encodeURIComponent(company)}` : '';
  config = await (await fetch(`/api/console/config${query}`)).json();
  try {
    const session = (await completeSignIn(config)) || currentSession();
    if (session) {
      await renderSignedIn(session);
    } else {
      renderSignedOut();
    }
  } catch (error) {
    renderSignedOut(error);
  }
}

start();
