import type { User } from '../../db/user-repository.js';
import { html, type Html, type Renderable } from '../html.js';

export interface PageContext {
  user?: User | undefined;
  csrfToken: string;
  /** Which top-level section is current, for the navigation. */
  section?: 'accounts' | 'audit' | 'users' | 'settings' | 'none';
}

/**
 * The page shell. No inline script or style anywhere (the CSP forbids them): behaviour lives in /assets/app.js and
 * htmx; htmx's own inline indicator style and eval are switched off in its meta config. The CSRF token rides on every
 * htmx request as a header (hx-headers on body) and in every plain form as a hidden field.
 */
export function layout(ctx: PageContext, title: string, body: Renderable): Html {
  const nav = (href: string, label: string, key: PageContext['section']) =>
    html`<a href="${href}" class="${ctx.section === key ? 'current' : ''}">${label}</a>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta
          name="htmx-config"
          content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false,"selfRequestsOnly":true}'
        />
        <title>${title} · bankfeed</title>
        ${faviconLink()}
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/htmx.min.js" defer></script>
        <script src="/assets/app.js" defer></script>
      </head>
      <body hx-headers="${JSON.stringify({ 'x-csrf-token': ctx.csrfToken })}">
        <header class="top">
          <a class="brand" href="/">bankfeed</a>
          ${
            ctx.user
              ? html`<nav>
                    ${nav('/', 'Accounts', 'accounts')}${nav('/audit', 'Audit', 'audit')}${
                      ctx.user.role === 'admin' ? nav('/users', 'Users', 'users') : ''
                    }${nav('/settings', 'Settings', 'settings')}
                  </nav>
                  <div class="who">
                    <span>${ctx.user.displayName}</span> <span class="role">${ctx.user.role}</span>
                    <form method="post" action="/sign-out" class="inline">
                      ${csrfField(ctx)}<button class="link">Sign out</button>
                    </form>
                    <button class="link" data-help type="button" title="Keyboard shortcuts (?)">?</button>
                  </div>`
              : ''
          }
        </header>
        <main>${body}</main>
        <div id="flash" aria-live="polite"></div>
        <dialog id="help">
          <h2>Keyboard</h2>
          <table class="keys">
            <tr>
              <td><kbd>j</kbd> / <kbd>k</kbd></td>
              <td>next / previous line</td>
            </tr>
            ${
              // a viewer decides nothing: the deciding keys are not theirs
              ctx.user?.role === 'viewer'
                ? ''
                : html`<tr>
                      <td><kbd>a</kbd></td>
                      <td>accept the line's best candidate</td>
                    </tr>
                    <tr>
                      <td><kbd>r</kbd></td>
                      <td>reject the line's best candidate</td>
                    </tr>`
            }
            <tr>
              <td><kbd>/</kbd></td>
              <td>search the queue</td>
            </tr>
            ${
              ctx.user?.role === 'viewer'
                ? ''
                : html`<tr>
                    <td><kbd>u</kbd></td>
                    <td>undo your last decision</td>
                  </tr>`
            }
            <tr>
              <td><kbd>Esc</kbd></td>
              <td>close the line's open panel</td>
            </tr>
            <tr>
              <td><kbd>?</kbd></td>
              <td>this help</td>
            </tr>
          </table>
          <form method="dialog"><button>Close</button></form>
        </dialog>
      </body>
    </html>`;
}

export function csrfField(ctx: { csrfToken: string }): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken}" />`;
}

/** A notice at the top of a fragment: conflicts, errors, confirmations. */
export function notice(kind: 'ok' | 'warn' | 'error', text: string): Html {
  return html`<div class="notice ${kind}" role="${kind === 'ok' ? 'status' : 'alert'}">${text}</div>`;
}

/** The app's icon (web/static/favicon.svg), for the head of every page: without it the browser asks for /favicon.ico. */
export function faviconLink(): Html {
  return html`<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />`;
}
