// AutoCRM's placeholder browser app: signs in with the authorization-code flow and PKCE against AutoCRM's own
// issuer (client "autocrm-web"), then shows who is signed in and the tickets they may see.
'use strict';

const CLIENT_ID = 'autocrm-web';
const REDIRECT_PATH = '/auth/callback';
const store = window.sessionStorage;

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function signIn() {
  const verifier = randomString();
  const state = randomString();
  store.setItem('pkce.verifier', verifier);
  store.setItem('pkce.state', state);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const params = new URLSearchParams({
    response_type: 'code', client_id: CLIENT_ID, redirect_uri: location.origin + REDIRECT_PATH,
    scope: 'openid profile', state, code_challenge: challenge, code_challenge_method: 'S256'
  });
  location.assign('/oauth2/authorize?' + params);
}

async function tokenRequest(fields) {
  const response = await fetch('/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...fields })
  });
  if (!response.ok) {
    throw new Error('Sign-in failed (' + response.status + ').');
  }
  const tokens = await response.json();
  store.setItem('tokens', JSON.stringify({ ...tokens, expires_at: Date.now() + tokens.expires_in * 1000 }));
}

async function completeSignIn() {
  const query = new URLSearchParams(location.search);
  const state = store.getItem('pkce.state');
  const verifier = store.getItem('pkce.verifier');
  store.removeItem('pkce.state');
  store.removeItem('pkce.verifier');
  history.replaceState(null, '', '/');
  if (query.get('error')) {
    throw new Error('Sign-in was not completed: ' + query.get('error'));
  }
  if (!state || query.get('state') !== state || !query.get('code')) {
    throw new Error('This sign-in link is stale; please sign in again.');
  }
  await tokenRequest({
    grant_type: 'authorization_code', code: query.get('code'),
    redirect_uri: location.origin + REDIRECT_PATH, code_verifier: verifier
  });
}

function tokens() {
  const raw = store.getItem('tokens');
  return raw ? JSON.parse(raw) : null;
}

async function accessToken() {
  const current = tokens();
  if (current && current.expires_at - Date.now() < 30000 && current.refresh_token) {
    await tokenRequest({ grant_type: 'refresh_token', refresh_token: current.refresh_token });
  }
  return tokens().access_token;
}

async function api(path) {
  const response = await fetch(path, { headers: { Authorization: 'Bearer ' + await accessToken(), Accept: 'application/json' } });
  if (response.status === 401) {
    store.removeItem('tokens');
    throw new Error('Your session has ended; please sign in again.');
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || ('Request failed (' + response.status + ').'));
  }
  return response.json();
}

async function signOut() {
  const current = tokens();
  store.removeItem('tokens');
  if (current && current.refresh_token) {
    await fetch('/oauth2/revoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: CLIENT_ID, token: current.refresh_token, token_type_hint: 'refresh_token' })
    }).catch(() => undefined);
  }
  const params = new URLSearchParams({ post_logout_redirect_uri: location.origin + '/' });
  if (current && current.id_token) {
    params.set('id_token_hint', current.id_token);
    location.assign('/connect/logout?' + params);
  } else {
    location.assign('/');
  }
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) {
    td.className = className;
  }
}

async function showSignedIn() {
  const me = await api('/api/v1/me');
  document.getElementById('who').textContent = 'Signed in as ' + (me.name || me.email || me.actor) + ' (' + me.role + ')';
  document.getElementById('session').hidden = false;
  document.getElementById('tickets-title').textContent = me.role === 'customer' ? 'Your tickets' : 'Ticket queue';
  const page = await api('/api/v1/tickets?limit=25');
  const body = document.querySelector('#tickets tbody');
  body.replaceChildren();
  for (const ticket of page.items) {
    const row = body.insertRow();
    cell(row, String(ticket.number));
    cell(row, ticket.subject || '');
    cell(row, ticket.status ? (ticket.status.label || ticket.status.key) : '', 'status');
    cell(row, new Date(ticket.updatedAt).toLocaleString());
  }
  document.getElementById('tickets-empty').hidden = page.items.length > 0;
  document.getElementById('signed-in').hidden = false;
}

function showError(error) {
  const element = document.getElementById('error');
  element.textContent = error.message;
  element.hidden = false;
}

async function start() {
  document.getElementById('sign-in').addEventListener('click', () => signIn().catch(showError));
  document.getElementById('sign-out').addEventListener('click', () => signOut().catch(showError));
  try {
    if (location.pathname === REDIRECT_PATH) {
      await completeSignIn();
    }
    if (tokens()) {
      await showSignedIn();
      return;
    }
  } catch (error) {
    showError(error);
  }
  document.getElementById('signed-out').hidden = false;
}

start();
