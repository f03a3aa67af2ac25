/**
 * Server-rendered HTML with escaping by default: every interpolated value is escaped unless it is already Html
 * (the output of another `html` template). Narrations, descriptions and names come from banks and ledgers, so
 * nothing reaches the page unescaped by accident.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}

export type Renderable = Html | string | number | boolean | null | undefined | readonly Renderable[];

function render(v: Renderable): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return (v as readonly Renderable[]).map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Renderable[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup known to be safe (static strings written in this codebase only). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A JSON value for an attribute such as hx-vals; escaped as any attribute value. */
export function jsonAttr(value: unknown): string {
  return JSON.stringify(value);
}
