// The page a customer answers a survey at: /survey/{token}. No sign-in; the token in the address
// is the only credential and is sent back only to this platform's public survey API.
const texts = {
  en: {
    language: 'Language',
    title: 'Your opinion',
    send: 'Send',
    comment: 'Comment',
    loading: 'Loading…',
    thanks: 'Thank you! Your answers were received.',
    notFound: 'This survey link is not valid.',
    expired: 'This survey link has expired.',
    answered: 'This survey has already been answered. Thank you!',
    failed: 'Something went wrong: {detail}',
    required: 'Please answer this question.',
  },
  'zh-CN': {
    language: '语言',
    title: '您的意见',
    send: '提交',
    comment: '意见',
    loading: '正在加载…',
    thanks: '谢谢！您的回答已收到。',
    notFound: '此调查链接无效。',
    expired: '此调查链接已过期。',
    answered: '此调查已回答过。谢谢！',
    failed: '出现问题：{detail}',
    required: '请回答此问题。',
  },
};

const select = document.getElementById('language');
let language = (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
select.value = language;
const t = (key, values = {}) =>
  (texts[language][key] || texts.en[key]).replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
const main = document.getElementById('main');
const token = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
const api = `/api/public/surveys/${encodeURIComponent(token)}`;
let state = { kind: 'loading' };

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach((c) => node.append(c));
  return node;
}

function problemMessage(status, problem) {
  if (status === 404) return t('notFound');
  if (problem && problem.type && problem.type.endsWith('/survey-expired')) return t('expired');
  if (problem && problem.type && problem.type.endsWith('/survey-answered')) return t('answered');
  return t('failed', { detail: (problem && problem.detail) || status });
}

function render() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-i18n]').forEach((n) => (n.textContent = t(n.dataset.i18n)));
  main.replaceChildren();
  if (state.kind === 'loading') {
    main.append(element('p', {}, t('loading')));
  } else if (state.kind === 'message') {
    main.append(element('p', { id: 'message' }, state.text()));
  } else if (state.kind === 'form') {
    const survey = state.survey;
    document.getElementById('company').textContent = survey.company;
    const form = element('form', { id: 'survey' });
    form.append(element('h1', {}, t('title')));
    survey.questionnaire.questions.forEach((q) => {
      const field = element('fieldset', { 'data-question': q.id });
      field.append(element('legend', {}, q.text));
      for (let v = q.min; v <= q.max; v++) {
        const input = element('input', { type: 'radio', name: q.id, value: String(v) });
        if (q.required) input.required = true;
        field.append(element('label', {}, input, ` ${v} `));
      }
      if (q.minLabel || q.maxLabel) {
        field.append(element('small', {}, `${q.min}: ${q.minLabel || ''} · ${q.max}: ${q.maxLabel || ''}`));
      }
      form.append(field);
    });
    if (survey.questionnaire.commentPrompt) {
      form.append(
        element('label', {}, survey.questionnaire.commentPrompt,
          element('textarea', { name: 'comment', maxlength: '4000', rows: '4' })));
    }
    const error = element('p', { id: 'error', role: 'alert' });
    form.append(error, element('button', { type: 'submit' }, t('send')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const ratings = {};
      survey.questionnaire.questions.forEach((q) => {
        const chosen = form.querySelector(`input[name="${q.id}"]:checked`);
        if (chosen) ratings[q.id] = Number(chosen.value);
      });
      const comment = form.querySelector('textarea[name="comment"]');
      const response = await fetch(api, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ratings, comment: comment ? comment.value : null }),
      });
      if (response.ok) {
        state = { kind: 'message', text: () => t('thanks') };
      } else {
        const problem = await response.json().catch(() => null);
        if (response.status === 400) {
          error.textContent = problem.errors?.map((e) => e.message).join(' ') || problem.detail;
          return;
        }
        state = { kind: 'message', text: () => problemMessage(response.status, problem) };
      }
      render();
    });
    main.append(form);
  }
}

select.addEventListener('change', () => {
  language = select.value;
  render();
});

async function load() {
  render();
  const response = await fetch(api);
  const body = await response.json().catch(() => null);
  state = response.ok
    ? { kind: 'form', survey: body }
    : { kind: 'message', text: () => problemMessage(response.status, body) };
  render();
}

load();
