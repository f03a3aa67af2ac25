/* global document, window */
// Keyboard for the review queue (j/k move, a accept, r reject, / search, u undo, ? help) and the small glue htmx
// needs under a strict CSP. No inline script anywhere: this file is the page's only script besides htmx.
(function () {
  'use strict';
  var focusedId = null;
  var advance = false;
  function lines() {
    return Array.prototype.slice.call(document.querySelectorAll('.line'));
  }
  function current() {
    return document.querySelector('.line.focus');
  }
  // `scroll` only for a move the keyboard made (j/k): a line scrolled on a press of the mouse moves its button from
  // under the pointer, and the click is lost; a focus the browser moved (Tab) is scrolled into view by the browser
  function focusLine(el, scroll) {
    if (!el) return;
    var old = current();
    if (old) old.classList.remove('focus');
    el.classList.add('focus');
    if (scroll !== false) el.scrollIntoView({ block: 'nearest' });
  }
  function move(delta) {
    var all = lines();
    if (!all.length) return;
    var i = all.indexOf(current());
    var el = all[Math.max(0, Math.min(all.length - 1, i < 0 ? 0 : i + delta))];
    focusLine(el);
    // The keyboard focus follows, so a screen reader reads the line (its group name) that a and r will decide.
    el.focus({ preventScroll: true });
  }
  function press(selector) {
    var line = current();
    var button = line && line.querySelector(selector);
    if (!button || button.disabled) return;
    // A decision moves on to the next line once its row is back; a button that opens a panel (Accept… of a
    // candidate whose amounts differ: the write-off) keeps the person on this line, in the panel's first field.
    advance = !button.hasAttribute('data-panel');
    button.click();
  }
  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || (target && target.isContentEditable);
  }
  // Escape puts away the panel the focus is in (or the highlighted line's), as its Close does: from one of its fields
  // too, where the keys below are typing. A dialog open (the help) closes by itself.
  function closePanel(e) {
    if (document.querySelector('dialog[open]')) return false;
    var inPanel = e.target && e.target.closest && e.target.closest('.panel');
    // Escape in another field (the queue's search) is that field's
    if (!inPanel && typing(e.target)) return false;
    var line = inPanel ? inPanel.closest('.line') : current();
    var close = line && line.querySelector('.panel [data-close]');
    if (!close) return false;
    close.click();
    return true;
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      if (closePanel(e)) e.preventDefault();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    var help = document.getElementById('help');
    // While the help (or any modal) is open the queue behind it is inert to the mouse: so to the keys, or reading
    // the help and trying "a" accepts a suggestion the person cannot see.
    if (document.querySelector('dialog[open]')) return;
    switch (e.key) {
      case 'j':
        move(1);
        break;
      case 'k':
        move(-1);
        break;
      case 'a':
        press('[data-key=accept]');
        break;
      case 'r':
        press('[data-key=reject]');
        break;
      case 'u': {
        var undo = document.querySelector('#last-undo button');
        if (undo) undo.click();
        break;
      }
      case '/': {
        var q = document.querySelector('[data-search]');
        if (q) q.focus();
        break;
      }
      case '?':
        if (help && !help.open) help.showModal();
        break;
      default:
        return;
    }
    e.preventDefault();
  });
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t && t.closest && t.closest('[data-help]')) {
      var help = document.getElementById('help');
      if (help) help.showModal();
    }
    var line = t && t.closest && t.closest('.line');
    if (line) focusLine(line, false);
    var confirmEl = t && t.closest && t.closest('[data-confirm]');
    if (confirmEl && !window.confirm(confirmEl.getAttribute('data-confirm'))) e.preventDefault();
  });
  // Tab into another line's buttons moves the highlight with it: a and r decide the line the keyboard (and a screen
  // reader) is on, not the one highlighted before.
  document.addEventListener('focusin', function (e) {
    var line = e.target && e.target.closest && e.target.closest('.line');
    if (line && line !== current()) focusLine(line, false);
  });
  // A stale page (409) or a refused or failed action (any 4xx/5xx: the app answers htmx with a notice) carries a
  // fragment with the fresh state or the reason: show it rather than dropping it, as htmx does by default for error
  // codes (a 500 or 413 left the person clicking a button that did nothing).
  document.addEventListener('htmx:beforeSwap', function (e) {
    var s = e.detail.xhr.status;
    if (s < 400) return;
    e.detail.shouldSwap = true;
    e.detail.isError = false;
    // A refusal aimed at a queue row that is not itself a row (a notice, not a 409's fresh row) goes to the top of
    // the row's panel: swapped over the row it would take the line, its buttons and the form just filled with it.
    var t = e.detail.target;
    var body = e.detail.serverResponse || '';
    if (t && t.classList && t.classList.contains('line') && body.indexOf('class="line"') < 0) {
      var panel = t.querySelector('.panel');
      if (!panel) return;
      Array.prototype.slice.call(panel.querySelectorAll(':scope > .notice')).forEach(function (n) {
        n.remove();
      });
      e.detail.target = panel;
      e.detail.swapOverride = 'afterbegin';
    }
  });
  // A decided line is swapped whole (outerHTML): keep the focus on it, and after a keyboard decision move on.
  // Another swap can come between the row's swap and its settle (the tabs' counts, fetched as the row arrives): the
  // swapped row has no highlight yet then, and forgetting the line there sent the advance back to the first line.
  document.addEventListener('htmx:beforeSwap', function () {
    var c = current();
    if (c) focusedId = c.id;
  });
  // A panel the person opened (Find & match, Bank-only…, the write-off, Create rule…) is there to be filled in: the
  // focus goes to its first field, the same for every panel, whatever its markup says.
  function openedPanelField(detail) {
    var t = detail && detail.target;
    var opened = detail && detail.requestConfig && detail.requestConfig.verb === 'get';
    if (!opened || !t || !t.classList || !t.classList.contains('panel')) return null;
    return t.querySelector('[autofocus]') || t.querySelector('input:not([type=hidden]), select, textarea');
  }
  document.addEventListener('htmx:afterSettle', function (e) {
    // An out-of-band part of the answer (the Undo bar) settles too, before the row: acting on it as well put the
    // highlight back on the decided row after the advance, so r there unmatched what a had just accepted.
    var target = e.detail && e.detail.target;
    if (target && e.target !== target && !(target.id && e.target.id === target.id)) return;
    var el = focusedId && document.getElementById(focusedId);
    // used once: a later settle (the tabs') must not put the highlight back on the decided line
    focusedId = null;
    if (el) focusLine(el);
    var field = openedPanelField(e.detail);
    if (field) {
      advance = false;
      field.focus();
      return;
    }
    if (advance) {
      advance = false;
      move(1);
      return;
    }
    // The pressed button went with the row it was in, leaving the focus on the page itself: a keyboard user's next
    // Tab started at the top. It goes to the decided line, whose buttons and Undo are then the next Tabs.
    var active = document.activeElement;
    if (el && (!active || active === document.body)) el.focus({ preventScroll: true });
  });
  // Find & match: what is ticked on each side and the difference, updated as the boxes are ticked, so the person
  // sees a split is out before pressing Match selected (the server decides; this only tells). Amounts are integer
  // minor units from the server, written as its money is: sign, symbol, thousands, two decimals.
  function moneyText(minor, symbol) {
    var abs = Math.abs(minor);
    var major = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    var cents = String(abs % 100);
    return (minor < 0 ? '-' : minor > 0 ? '+' : '') + symbol + major + '.' + (cents.length < 2 ? '0' : '') + cents;
  }
  function updateSelection(form) {
    var out = form && form.querySelector('[data-selection]');
    if (!out) return;
    var symbol = out.getAttribute('data-symbol') || '';
    var bank = Number(out.getAttribute('data-line-minor'));
    var books = 0;
    Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][data-minor]')).forEach(function (c) {
      if (!c.checked) return;
      if (c.name === 'bank') bank += Number(c.getAttribute('data-minor'));
      else books += Number(c.getAttribute('data-minor'));
    });
    out.textContent =
      'Ticked: bank ' +
      moneyText(bank, symbol) +
      ' · books ' +
      moneyText(books, symbol) +
      ' · difference ' +
      moneyText(bank - books, symbol) +
      ' (bank minus books)';
  }
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t && t.matches && t.matches('input[type=checkbox][data-minor]')) updateSelection(t.form);
  });
  // The queue opens on its first line, highlighted and holding the keyboard focus, so a screen reader names the line
  // a and r decide before either can, and the first j goes to the second line (move counts from the focused one).
  // Not when something else already has the focus (a field the page put it in, or one the person clicked first).
  document.addEventListener('DOMContentLoaded', function () {
    var first = document.querySelector('.line');
    if (!first) return;
    focusLine(first, false);
    var active = document.activeElement;
    if (!active || active === document.body) first.focus({ preventScroll: true });
  });
})();
