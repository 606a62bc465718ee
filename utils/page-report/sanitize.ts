import type { Recognition } from '../core/page-kinds';
import { ERROR_RULES } from '../recognition/error-rules';
import { PAGE_RULES } from '../recognition/page-rules';
import { AREA_SELECTORS, isMarkedHidden } from '../recognition/page-text';

/**
 * The page report: a copy of a page's structure that a person can choose to send to the
 * maintainers when the help does not fit a USPS page, with everything private left out.
 *
 * - No input values: `.value` is never read and no `value` attribute is written.
 * - Text only where the recogniser reads wording: the title, headings, labels and legends, buttons
 *   and links, the message areas (`AREA_SELECTORS`), and the sentences that carry a body-text
 *   signal of some rule (a text node is kept only when its own text matches one of those
 *   patterns: "try again later", "Reference #…"), so that the report is recognised as the page was.
 *   Kept text is masked: email addresses, runs of four or more digits, the name in "Hi, <name>".
 * - Addresses (href, action, src) lose their query strings and fragments.
 * - No scripts, styles, images, frames or media.
 * - Only the attributes that say what an element is (id, name, class, type, role, aria-*,
 *   data-testid, autocomplete, for, hidden, lang); each element whose person could not see it
 *   gets `data-ra-visible="false"`. An element hidden by layout only (a stylesheet, read with
 *   `checkVisibility` when the browser has it) also gets `style="display:none"`, so the `classify`
 *   command, which has no layout, reads the report as the person saw the page.
 */

export interface PageReportContext {
  /** The page's address; its query and fragment are left out of the report. */
  url: string;
  /** The extension's version. */
  version: string;
  /** What the recogniser decided on the page, when it is known. */
  recognition?: Recognition | null;
}

const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'head',
  'title',
]);

const VOID_TAGS = new Set(['area', 'br', 'col', 'hr', 'input', 'wbr']);

const KEPT_ATTRIBUTES = new Set([
  'id',
  'name',
  'class',
  'type',
  'role',
  'data-testid',
  'autocomplete',
  'for',
  'hidden',
]);
const ADDRESS_ATTRIBUTES = new Set(['href', 'action', 'src']);

/** Elements whose text is kept: the recogniser's areas, and links. */
const TEXT_SELECTOR = [...Object.values(AREA_SELECTORS), 'a'].join(', ');

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** The body-text patterns of every rule: a text node matching one of them is kept (masked). */
const BODY_PATTERNS: RegExp[] = [...ERROR_RULES, ...PAGE_RULES].flatMap((rule) => {
  const patterns = rule.signals.flatMap((signal) =>
    signal.text?.in === 'body' ? [new RegExp(signal.text.pattern, 'i')] : [],
  );
  if (rule.reference) patterns.push(new RegExp(rule.reference, 'i'));
  return patterns;
});

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
const LONG_DIGITS = /\d{4,}/g;
// "Hi, Jane" / "Hello Jane Q. Doe" / "Hola, juana": after a comma the next words are the name;
// without one, only capitalised words are ("Welcome to USPS" stays as it is).
const GREETING_WITH_COMMA =
  /\b(hi|hello|hola|welcome(?: back)?|bienvenid[oa]),\s*[^\s,.!?|<]+(?:\s+[A-Z][^\s,.!?|<]*)*/gi;
const GREETING_NAME =
  /\b([Hh]i|[Hh]ello|[Hh]ola|HI|HELLO)\s+(?!(?:There|To|Back|And)\b)[A-Z][^\s,.!?|<]*(?:\s+[A-Z][^\s,.!?|<]*)*/g;

/** Masks what could identify the person in text that is kept. */
export function maskText(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(LONG_DIGITS, (digits) => '0'.repeat(digits.length))
    .replace(GREETING_WITH_COMMA, (_match, greeting: string) => `${greeting}, [name]`)
    .replace(GREETING_NAME, (_match, greeting: string) => `${greeting} [name]`);
}

/** An address without its query string or fragment; none at all for script and data addresses. */
export function stripAddress(address: string): string | null {
  const trimmed = address.trim();
  if (/^(?:javascript|data|blob|vbscript):/i.test(trimmed)) return null;
  const cut = trimmed.search(/[?#]/);
  return cut === -1 ? trimmed : trimmed.slice(0, cut);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Comment text cannot contain "--" or end the comment early. */
function escapeComment(text: string): string {
  return text.replace(/-{2,}/g, '-').replace(/[<>]/g, '');
}

function shownByLayout(element: Element): boolean {
  const html = element as HTMLElement;
  return typeof html.checkVisibility !== 'function' || html.checkVisibility({ visibilityProperty: true });
}

function attributesOf(element: Element, visible: boolean, layoutOnlyHidden: boolean): string {
  let out = '';
  for (const attribute of [...element.attributes]) {
    const name = attribute.name.toLowerCase();
    let value: string | null = null;
    if (KEPT_ATTRIBUTES.has(name) || name.startsWith('aria-')) value = maskText(attribute.value);
    else if (ADDRESS_ATTRIBUTES.has(name)) value = stripAddress(attribute.value);
    else if (name === 'style' && HIDDEN_STYLE.test(attribute.value)) value = 'display:none';
    else if (name === 'lang' || name === 'dir') value = attribute.value;
    if (value === null) continue;
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  if (layoutOnlyHidden && !element.hasAttribute('style')) out += ' style="display:none"';
  if (!visible) out += ' data-ra-visible="false"';
  return out;
}

interface Frame {
  node: Node;
  /** Hidden by an ancestor (markup or layout). */
  hidden: boolean;
  inText: boolean;
  close?: string;
}

function serializeBody(body: Element, keepText: Set<Element>): string {
  const out: string[] = [];
  // An explicit stack rather than recursion: a deeply nested page cannot overflow it.
  const stack: Frame[] = [{ node: body, hidden: false, inText: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.close !== undefined) {
      out.push(frame.close);
      continue;
    }
    const { node } = frame;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (!text.trim()) {
        if (text) out.push(' ');
        continue;
      }
      if (frame.inText || BODY_PATTERNS.some((pattern) => pattern.test(text))) out.push(escapeText(maskText(text)));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.localName;
    if (DROPPED_TAGS.has(tag) || !/^[a-z][a-z0-9-]*$/.test(tag)) continue;
    const markupHidden = isMarkedHidden(element);
    const layoutHidden = !frame.hidden && !markupHidden && !shownByLayout(element);
    const hidden = frame.hidden || markupHidden || layoutHidden;
    const inText = frame.inText || keepText.has(element);
    if (tag === 'body') out.push(`<body${attributesOf(element, !hidden, layoutHidden)}>`);
    else out.push(`<${tag}${attributesOf(element, !hidden, layoutHidden)}>`);
    if (VOID_TAGS.has(tag)) continue;
    // A textarea's text is what was typed in it: never kept.
    if (tag === 'textarea') {
      out.push(`</${tag}>`);
      continue;
    }
    stack.push({ node, hidden, inText, close: `</${tag}>` });
    for (let child = element.lastChild; child; child = child.previousSibling) {
      stack.push({ node: child, hidden, inText });
    }
  }
  return out.join('');
}

function headerComment({ url, version, recognition }: PageReportContext, title: string): string {
  const address = stripAddress(url) ?? '';
  const lines = [
    'Restore Access page report',
    `address: ${address}`,
    `extension version: ${version}`,
    `title: ${title}`,
  ];
  if (recognition) {
    const kind = recognition.reason ? `${recognition.kind} (${recognition.reason})` : recognition.kind;
    lines.push(`recognised as: ${kind}`);
    lines.push(`signals: ${recognition.signals.join(', ') || 'none'}`);
  } else {
    lines.push('recognised as: unknown');
  }
  lines.push('Input values, personal text, query strings, scripts, styles and images were left out.');
  return `<!--\n${lines.map((line) => escapeComment(line)).join('\n')}\n-->`;
}

/** The report, as the text of an HTML document. Reads the document; changes nothing in it. */
export function buildPageReport(doc: Document, context: PageReportContext): string {
  const title = maskText((doc.title ?? '').replace(/\s+/g, ' ').trim());
  const keepText = new Set(doc.querySelectorAll(TEXT_SELECTOR));
  const root = doc.documentElement;
  const lang = root?.getAttribute('lang');
  const langAttribute = lang ? ` lang="${escapeAttribute(lang)}"` : '';
  const body = doc.body ? serializeBody(doc.body, keepText) : '<body></body>';
  return [
    '<!doctype html>',
    headerComment(context, title),
    `<html${langAttribute}>`,
    `<head><meta charset="utf-8"><title>${escapeText(title)}</title></head>`,
    body,
    '</html>',
    '',
  ].join('\n');
}
