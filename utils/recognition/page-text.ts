import type { TextArea } from './rule-types';

/**
 * Is an element hidden by markup alone (no layout needed)? The `classify` command and unit tests
 * run on a DOM without CSS, so they read the markers USPS pages and common frameworks use.
 * Compares tag names rather than `instanceof`, which would need the page's own globals.
 */
const HIDDEN_CLASSES = new Set(['hidden', 'd-none', 'hide', 'is-hidden', 'invisible']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);
/** Every hidden class contains one of these: most class lists are dismissed with one `includes`. */
const HIDDEN_CLASS_HINTS = ['hid', 'd-none', 'invisible'];

/**
 * The class attribute's tokens, split as classList splits them. Read as a string: this runs for
 * every element of the page's body, and a DOMTokenList per element costs more than the rest of
 * the page walk.
 */
function hasHiddenClass(classes: string): boolean {
  if (!HIDDEN_CLASS_HINTS.some((hint) => classes.includes(hint))) return false;
  return classes.split(/[\t\n\f\r ]+/).some((token) => HIDDEN_CLASSES.has(token));
}

/** Exported for the page report (utils/page-report/sanitize.ts), which records the same markers. */
export function isMarkedHidden(node: Element): boolean {
  const tag = node.localName;
  if (SKIPPED_TAGS.has(tag) || node.hasAttribute('hidden')) return true;
  if (tag === 'input' && node.getAttribute('type')?.toLowerCase() === 'hidden') return true;
  const style = node.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const classes = node.getAttribute('class');
  return classes !== null && hasHiddenClass(classes);
}

/**
 * Is an element something a person can see (for "Show me")? In a real browser `checkVisibility`
 * also catches stylesheet-hidden elements such as the sign-in flyout in usps.com's header.
 * Recognition reads the same two checks through PageText, with its caches.
 */
export function isRendered(element: Element): boolean {
  return shownByMarkup(element) && shownByLayout(element);
}

function shownByLayout(element: Element): boolean {
  const html = element as HTMLElement;
  return typeof html.checkVisibility !== 'function' || html.checkVisibility({ visibilityProperty: true });
}

/**
 * No hidden marker on the element or any ancestor. With a cache (one per reading of the page),
 * each ancestor is looked at once however many elements share it: labels, buttons and headings
 * of one form share most of their ancestors.
 */
function shownByMarkup(element: Element, cache?: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let shown = true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const known = cache?.get(node);
    if (known !== undefined) {
      shown = known;
      break;
    }
    path.push(node);
    if (isMarkedHidden(node)) {
      shown = false;
      break;
    }
  }
  if (cache) for (const node of path) cache.set(node, shown);
  return shown;
}

/** Exported for the benchmark's evidence floor, which reads the same areas (scripts/bench/evidence-floor.ts). */
export const AREA_SELECTORS: Record<Exclude<TextArea, 'title' | 'body'>, string> = {
  headings: 'h1, h2, h3, [role="heading"], legend',
  labels: 'label',
  buttons: 'button, input[type="submit"], input[type="button"], a[role="button"], a.button, a.btn',
  // Where sign-in forms put the outcome of an attempt (USPS markup, reg.usps.com sign-in page, 2018
  // and 2022, B: #response-msg, #error-username/#error-password; alerts on verified.usps.com). Kept
  // narrow so banners and helper text elsewhere do not count as "a message is showing".
  messages:
    '[role="alert"], [aria-live="assertive"], #response-msg, [id^="error-"], .error, .error-message, .alert-danger, .alert-error',
};

const BODY_TEXT_LIMIT = 20_000;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Inputs whose value is a caption, not something typed. The value of any other input (a password
 * field a validator marks `.error`, say) is never read: recognition must not see what was typed.
 */
const CAPTION_INPUT_TYPES = new Set(['submit', 'button', 'reset']);

function captionOf(element: Element): string | null {
  if (element.localName !== 'input') return element.textContent;
  const input = element as HTMLInputElement;
  return CAPTION_INPUT_TYPES.has(input.type) ? input.value : null;
}

/** Text of rendered elements, joined with a separator so patterns don't run across. */
function areaText(elements: Element[]): string {
  const parts: string[] = [];
  for (const element of elements) {
    const value = captionOf(element);
    const text = collapse(value ?? '');
    if (text) parts.push(text);
  }
  return parts.join(' | ');
}

/** Body text outside hidden-marked subtrees, capped so huge pages stay cheap. */
function bodyText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const parts: string[] = [];
  let length = 0;
  // An explicit stack rather than recursion: a hostile, deeply nested page cannot overflow it.
  const stack: Node[] = [body];
  while (stack.length > 0 && length <= BODY_TEXT_LIMIT) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text.trim()) {
        parts.push(text);
        length += text.length;
      }
    } else if (node.nodeType === 1 && !isMarkedHidden(node as Element)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return collapse(parts.join(' ')).slice(0, BODY_TEXT_LIMIT);
}

/** Text (whitespace included) the joined reading gives up at: five times the body text's cap. */
const JOINED_TEXT_LIMIT = 5 * BODY_TEXT_LIMIT;

/**
 * Every element `isMarkedHidden` can be true for matches this (and more: each is checked again).
 * Class selectors match whole class tokens, as `hasHiddenClass` does; every style that
 * `HIDDEN_STYLE` matches contains "none" or "hidden".
 */
const HIDDEN_CANDIDATES = [
  ...SKIPPED_TAGS,
  '[hidden]',
  'input[type]',
  ...[...HIDDEN_CLASSES].map((name) => `.${name}`),
  '[style*="none" i]',
  '[style*="hidden" i]',
].join(', ');

/**
 * The body's text with the same hidden-marked subtrees left out as `bodyText`, read by the browser
 * between them (one Range per stretch) instead of node by node, so only the hidden elements get
 * wrappers in our world. Text nodes next to each other run together here, where `bodyText` puts a
 * space, and whitespace is left as the page has it: this is the whole body text with some spaces
 * deleted and each other space a run of whitespace (tabs, line breaks…), with whitespace before and
 * after (recognise.ts, `loosenForJoinedText`, says how patterns are loosened for it). Not
 * collapsed: on a page with a large menu that was most of this reading's time, and the loosened
 * patterns take whitespace runs as they come. (A CDATA section, which HTML allows only inside SVG
 * and MathML, would be read here and not by `bodyText`; SVG is left out by both.) Null, and no
 * shortcut, on a page with more text than `JOINED_TEXT_LIMIT`, where the capped body text is the
 * cheaper reading, and where the reading has no text at all: either there is none, and the body
 * text costs nothing to build, or the DOM does not read a Range's text as browsers do (happy-dom
 * answers ''). That takes the place of a probe of the DOM's Range on every page
 * (docs/performance.md); tests/e2e/recognition.spec.ts checks that Chromium reads Ranges as needed.
 */
export function joinedBodyText(doc: Document): string | null {
  const body = doc.body;
  if (!body || isMarkedHidden(body)) return '';
  const range = doc.createRange();
  range.setStart(body, 0);
  const parts: string[] = [];
  let length = 0;
  // In document order: an element inside the last hidden one is already left out.
  let hidden: Element | undefined;
  for (const element of body.querySelectorAll(HIDDEN_CANDIDATES)) {
    if (hidden?.contains(element) || !isMarkedHidden(element)) continue;
    hidden = element;
    range.setEndBefore(element);
    const part = range.toString();
    length += part.length;
    if (length > JOINED_TEXT_LIMIT) return null;
    parts.push(part);
    range.setStartAfter(element);
  }
  range.setEnd(body, body.childNodes.length);
  const last = range.toString();
  if (length + last.length > JOINED_TEXT_LIMIT) return null;
  parts.push(last);
  const joined = parts.join(' ');
  return /\S/.test(joined) ? joined : null;
}

/** Reads each text area at most once per recognition, and only when a rule asks for it. */
export class PageText {
  private readonly cache = new Map<TextArea, string>();
  private joined: string | null | undefined;
  constructor(
    private readonly doc: Document,
    private readonly useLayout: boolean,
    /** Elements known to be shown (or not) by markup alone: shared by both readings of a page. */
    private readonly shown = new Map<Element, boolean>(),
    /** By selector, the elements markup alone shows: shared too, so each query runs once. */
    private readonly found = new Map<string, Element[]>(),
  ) {}

  /** By selector, the elements markup alone shows; throws on a bad selector. */
  private foundShownByMarkup(selector: string): Element[] {
    let elements = this.found.get(selector);
    if (!elements) {
      elements = [...this.doc.querySelectorAll(selector)].filter((element) => shownByMarkup(element, this.shown));
      this.found.set(selector, elements);
    }
    return elements;
  }

  /** The elements a selector matches that this reading counts as rendered. */
  rendered(selector: string): Element[] {
    const elements = this.foundShownByMarkup(selector);
    return this.useLayout ? elements.filter(shownByLayout) : elements;
  }

  /** Whether any element a selector matches is rendered (layout is asked until one is). */
  anyRendered(selector: string): boolean {
    const elements = this.foundShownByMarkup(selector);
    return this.useLayout ? elements.some(shownByLayout) : elements.length > 0;
  }

  get(area: TextArea): string {
    let text = this.cache.get(area);
    if (text === undefined) {
      if (area === 'title') text = collapse(this.doc.title ?? '');
      else if (area === 'body') text = bodyText(this.doc);
      else text = areaText(this.rendered(AREA_SELECTORS[area]));
      this.cache.set(area, text);
    }
    return text;
  }

  /**
   * Could a pattern match the body text? Answered from the joined reading with `loose`, the
   * pattern loosened for it (recognise.ts, `loosenForJoinedText`), while the body text has not
   * been built; true when unsure.
   */
  bodyMayMatch(loose: RegExp): boolean {
    if (this.cache.has('body')) return true;
    if (this.joined === undefined) this.joined = joinedBodyText(this.doc);
    return this.joined === null || loose.test(this.joined);
  }

  /** The same page read with layout; the title and body text do not depend on it, so they are kept. */
  withLayout(): PageText {
    // Markup does not change between the two readings of one recognition: the cache carries over.
    const text = new PageText(this.doc, true, this.shown, this.found);
    for (const area of ['title', 'body'] as const) {
      const known = this.cache.get(area);
      if (known !== undefined) text.cache.set(area, known);
    }
    text.joined = this.joined;
    return text;
  }
}
