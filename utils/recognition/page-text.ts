import type { TextArea } from './rule-types';

/**
 * Is an element something a person can see? Works without layout (the `classify` command and
 * unit tests run on a DOM without CSS) by reading the markers USPS pages and common frameworks
 * use; in a real browser `checkVisibility` also catches stylesheet-hidden elements such as the
 * sign-in flyout on usps.com's header.
 */
const HIDDEN_CLASSES = ['hidden', 'd-none', 'hide', 'is-hidden', 'invisible'];

export function isRendered(element: Element, useLayout: boolean): boolean {
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const tag = node.localName;
    if (tag === 'template' || tag === 'noscript' || tag === 'script' || tag === 'style') return false;
    const style = node.getAttribute('style');
    if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return false;
    const classList = node.classList;
    if (classList && HIDDEN_CLASSES.some((name) => classList.contains(name))) return false;
  }
  if (useLayout && typeof (element as HTMLElement).checkVisibility === 'function') {
    return (element as HTMLElement).checkVisibility({ visibilityProperty: true });
  }
  return true;
}

const AREA_SELECTORS: Record<Exclude<TextArea, 'title' | 'body'>, string> = {
  headings: 'h1, h2, h3, [role="heading"], legend',
  labels: 'label, [data-testid^="fr-field"] label',
  buttons: 'button, input[type="submit"], input[type="button"], a[role="button"], a.button, a.btn',
  messages:
    '[role="alert"], [role="status"], [aria-live], #response-msg, .error, .alert, .error-message, .help-block, [id^="error-"], [class*="message"]',
};

const BODY_TEXT_LIMIT = 20_000;
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of rendered elements in one area, joined with a separator so patterns don't run across. */
function areaText(doc: Document, selector: string, useLayout: boolean): string {
  const parts: string[] = [];
  for (const element of doc.querySelectorAll(selector)) {
    if (!isRendered(element, useLayout)) continue;
    const value = element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
    const text = collapse(value);
    if (text) parts.push(text);
  }
  return parts.join(' | ');
}

/** Visible-ish body text, skipping scripts and hidden subtrees, capped so huge pages stay cheap. */
function bodyText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        if (text.trim()) {
          parts.push(text);
          length += text.length;
          if (length > BODY_TEXT_LIMIT) return false;
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED_TAGS.has(element.localName)) continue;
        if (element.hasAttribute('hidden')) continue;
        if (!walk(element)) return false;
      }
    }
    return true;
  };
  walk(body);
  return collapse(parts.join(' ')).slice(0, BODY_TEXT_LIMIT);
}

/** Reads each text area at most once per recognition, and only when a rule asks for it. */
export class PageText {
  private readonly cache = new Map<TextArea, string>();
  constructor(
    private readonly doc: Document,
    private readonly useLayout: boolean,
  ) {}

  get(area: TextArea): string {
    let text = this.cache.get(area);
    if (text === undefined) {
      if (area === 'title') text = collapse(this.doc.title ?? '');
      else if (area === 'body') text = bodyText(this.doc);
      else text = areaText(this.doc, AREA_SELECTORS[area], this.useLayout);
      this.cache.set(area, text);
    }
    return text;
  }
}
