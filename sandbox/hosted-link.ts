/**
 * Hosted linking (Mono Connect's link page): /v2/accounts/initiate creates a session whose mono_url points here;
 * the page lets a user pick a bank and "log in"; its form POST links (or re-authorises) the account and redirects
 * to redirect_url?code=...&status=linked&reference=<meta.ref>. Codes are valid for 10 sandbox minutes.
 */
import { INSTITUTIONS } from './institutions.js';

export const CODE_TTL_MS = 10 * 60_000;

export interface LinkSession {
  id: string;
  scope: 'auth' | 'reauth';
  customerId: string;
  customerName: string | null;
  ref: string | null;
  redirectUrl: string | null;
  accountId: string | null; // reauth target
  institutionCode: string | null;
  createdAt: number;
  completed: boolean;
}

export interface ExchangeCode {
  code: string;
  accountId: string;
  expiresAt: number;
  used: boolean;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function linkPage(session: LinkSession, bankName: string | null): string {
  const title =
    session.scope === 'reauth'
      ? `Re-authorise your ${escapeHtml(bankName ?? 'bank')} account`
      : 'Link your bank account';
  const options = INSTITUTIONS.map(
    (i) =>
      `<option value="${escapeHtml(i.bankCode)}"${session.institutionCode === i.bankCode ? ' selected' : ''}>${escapeHtml(i.name)} (${i.currency})</option>`,
  ).join('');
  const bankField =
    session.scope === 'reauth'
      ? ''
      : `<label>Bank <select name="institution">${options}</select></label>
      <label>Account type <select name="kind"><option value="business">Business</option><option value="personal">Personal</option></select></label>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mono sandbox — ${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto}label{display:block;margin:.8rem 0}input,select{width:100%;padding:.4rem}button{padding:.5rem 1rem}</style>
</head><body>
<h1>${title}</h1>
<p>Sandbox: any username and password are accepted.</p>
<form method="post" action="/link/${escapeHtml(session.id)}">
  ${bankField}
  <label>Username <input name="username" value="user_good" autocomplete="off"></label>
  <label>Password <input name="password" type="password" value="123456"></label>
  <button type="submit">${session.scope === 'reauth' ? 'Re-authorise' : 'Log in and link'}</button>
</form>
</body></html>`;
}

export function donePage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mono sandbox</title></head><body><h1>${escapeHtml(message)}</h1></body></html>`;
}
