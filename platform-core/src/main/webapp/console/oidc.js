// Sign-in with the identity provider: authorization code flow with PKCE, for a public client.
// Tokens live in this tab's session storage only.

const PENDING = 'console.pending-sign-in';
const SESSION = 'console.session';

function randomText(bytes) {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return base64Url(data);
}

function base64Url(bytes) {
  let text = '';
  bytes.forEach((b) => { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

function endpoint(config, realm, path) {
  return `${config.identityUrl}/realms/${encodeURIComponent(realm)}/protocol/openid-connect/${path}`;
}

function redirectUri() {
  return `${window.location.origin}/`;
}

/** Sends the browser to the identity provider's sign-in page for a realm. */
export async function signIn(config, realm) {
  const verifier = randomText(48);
  const state = randomText(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, realm }));
  const query = new URLSearchParams({
    client_id: config.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri(),
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  });
  window.location.assign(`${endpoint(config, realm, 'auth')}?${query}`);
}

/** Finishes a sign-in the identity provider sent the browser back from, if this page is one. */
export async function completeSignIn(config) {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('code') && !params.has('error')) {
    return null;
  }
  window.history.replaceState({}, '', '/');
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (params.has('error')) {
    throw new Error(params.get('error_description') || params.get('error'));
  }
  if (!pending || pending.state !== params.get('state')) {
    throw new Error('the sign-in answer does not match a sign-in begun here');
  }
  const session = await tokenRequest(config, pending.realm, {
    grant_type: 'authorization_code',
    code: params.get('code'),
    redirect_uri: redirectUri(),
    client_id: config.clientId,
    code_verifier: pending.verifier,
  });
  return session;
}

async function tokenRequest(config, realm, fields) {
  const response = await fetch(endpoint(config, realm, 'token'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error_description || body.error || `HTTP ${response.status}`);
  }
  const session = {
    realm,
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    idToken: body.id_token,
    expiresAt: Date.now() + (body.expires_in - 15) * 1000,
  };
  sessionStorage.setItem(SESSION, JSON.stringify(session));
  return session;
}

export function currentSession() {
  return JSON.parse(sessionStorage.getItem(SESSION) || 'null');
}

/** A current access token, refreshed when it is about to expire. */
export async function accessToken(config) {
  let session = currentSession();
  if (!session) {
    return null;
  }
  if (Date.now() >= session.expiresAt) {
    try {
      session = await tokenRequest(config, session.realm, {
        grant_type: 'refresh_token',
        refresh_token: session.refreshToken,
        client_id: config.clientId,
      });
    } catch (expired) {
      sessionStorage.removeItem(SESSION);
      return null;
    }
  }
  return session.accessToken;
}

/** The claims of a token, read without verifying it: the server verifies, the console only shows. */
export function claimsOf(token) {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(Array.from(atob(payload),
    (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
  return JSON.parse(json);
}

export function signOut(config) {
  const session = currentSession();
  sessionStorage.removeItem(SESSION);
  if (!session) {
    window.location.assign('/');
    return;
  }
  const query = new URLSearchParams({
    client_id: config.clientId,
    post_logout_redirect_uri: redirectUri(),
    id_token_hint: session.idToken,
  });
  window.location.assign(`${endpoint(config, session.realm, 'logout')}?${query}`);
}
