import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_RULES } from '../../../utils/recognition/page-rules';
import { joinedBodyText, PageText } from '../../../utils/recognition/page-text';
import { loosenForJoinedText, recognisePage } from '../../../utils/recognition/recognise';
import { fixtureById, loadFixturePool, parseFixture } from '../../fixtures/pool';

/**
 * The shortcut for the body text (recognise.ts, `loosenForJoinedText`): the joined reading is the
 * body text with some spaces deleted and each other space a run of whitespace, and a loosened
 * pattern matches wherever the pattern matched before. Together: a pattern the loose test rules
 * out could never have matched the body text.
 */
const BODY_PATTERNS = [
  ...new Set(
    PAGE_RULES.flatMap((rule) => rule.signals.flatMap((s) => (s.text?.in === 'body' ? [s.text.pattern] : []))),
  ),
];

/** True when `joined` is `spaced` with some of its spaces deleted and nothing else changed. */
function isSpaceDeletion(joined: string, spaced: string): boolean {
  let j = 0;
  for (const char of spaced) {
    if (j < joined.length && joined[j] === char) j++;
    else if (char !== ' ') return false;
  }
  return j === joined.length;
}

const bodyText = (doc: Document) => new PageText(doc, false).get('body');
/** As the body text is collapsed (page-text.ts). */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('loosenForJoinedText', () => {
  it('applies to every body pattern: its only parts that can match a space are plain spaces and dots', () => {
    expect(BODY_PATTERNS.length).toBeGreaterThan(5);
    for (const pattern of BODY_PATTERNS) {
      // Escaped backslashes, classes with a space or negated, \D, \W, a bare \s or \s+, and a
      // quantifier after a space or a dot would each need more than the loosening does.
      expect(pattern, pattern).not.toMatch(/\\\\|\[\^|\[[^\]]*( |\\s)[^\]]*\]|\\[DW]|\\s(?!\*)|( |(?<!\\)\.)[?*+{]/);
      expect(() => new RegExp(loosenForJoinedText(pattern), 'i'), pattern).not.toThrow();
    }
  });

  it('lets spaces and dots match nothing or a run of whitespace and drops word boundaries, leaving escaped dots alone', () => {
    expect(loosenForJoinedText('try again later')).toBe('try\\s*again\\s*later');
    expect(loosenForJoinedText('\\bcode\\b')).toBe('code');
    expect(loosenForJoinedText('case.sensitive|errors\\.net')).toBe('case(?:.|\\s*)sensitive|errors\\.net');
    expect(loosenForJoinedText('reference\\s*#\\s*\\d+')).toBe('reference\\s*#\\s*\\d+');
    const loose = new RegExp(loosenForJoinedText('try again later'), 'i');
    expect(loose.test('tryagain\n\t later')).toBe(true);
    expect(loose.test('try again soon')).toBe(false);
    expect(new RegExp(loosenForJoinedText('case.sensitive'), 'i').test('case \n  sensitive')).toBe(true);
  });

  it('matches every reading of a text a pattern matches: spaces deleted or made runs of whitespace', () => {
    // Texts made of the pattern's own words (and a few others), so they often match it.
    const wordsOf = (pattern: string) =>
      pattern
        .replace(/\\[a-z]/gi, ' ')
        .split(/[^a-z0-9áéíóúñ'#-]+/i)
        .filter(Boolean);
    const sample = fc.constantFrom(...BODY_PATTERNS).chain((pattern) =>
      fc.tuple(
        fc.constant(pattern),
        fc.array(fc.constantFrom(...wordsOf(pattern), 'e-mailed', 'sensitive', '123.ab', '#', 'x', '|'), {
          minLength: 1,
          maxLength: 6,
        }),
        // Per gap between words: deleted (''), or a run of whitespace as a page may have it.
        fc.array(fc.constantFrom('', ' ', '\n', '\t', '\u00a0', '  \n    ', ' \r\n'), { maxLength: 6 }),
        fc.constantFrom('', ' ', '\n  '),
      ),
    );
    let matched = 0;
    fc.assert(
      fc.property(sample, ([pattern, parts, gaps, edge]) => {
        const spaced = parts.join(' ');
        if (!new RegExp(pattern, 'i').test(spaced)) return;
        matched++;
        let gap = 0;
        const joined = edge + parts.reduce((text, part) => text + (gaps[gap++] ?? ' ') + part) + edge;
        expect(
          new RegExp(loosenForJoinedText(pattern), 'i').test(joined),
          `${pattern} on ${JSON.stringify(joined)}`,
        ).toBe(true);
      }),
      { numRuns: 4000 },
    );
    // The property was exercised, not only skipped.
    expect(matched).toBeGreaterThan(100);
  });
});

/**
 * happy-dom's Range loses text between elements (and moves a start set after an element), so
 * these tests give documents a Range that follows the DOM standard for the calls
 * `joinedBodyText` makes: boundary points, and the data of every Text node between them in tree
 * order. In Chromium the real Range is checked on every saved page by
 * tests/e2e/recognition.spec.ts, through the built detector.
 */
class StandardRange {
  private start: [Node, number] | undefined;
  private end: [Node, number] | undefined;
  setStart(node: Node, offset: number) {
    this.start = [node, offset];
  }
  setEnd(node: Node, offset: number) {
    this.end = [node, offset];
  }
  setStartAfter(node: Node) {
    this.start = [node.parentNode as Node, [...(node.parentNode as Node).childNodes].indexOf(node as ChildNode) + 1];
  }
  setEndBefore(node: Node) {
    this.end = [node.parentNode as Node, [...(node.parentNode as Node).childNodes].indexOf(node as ChildNode)];
  }
  toString(): string {
    const [startNode, startOffset] = this.start as [Node, number];
    const [endNode, endOffset] = this.end as [Node, number];
    let root: Node = startNode;
    while (root.parentNode) root = root.parentNode;
    const order: Node[] = [];
    const visit = (node: Node) => {
      order.push(node);
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    };
    visit(root);
    const lastInside = (node: Node): Node => (node.lastChild ? lastInside(node.lastChild) : node);
    const point = (container: Node, offset: number) =>
      offset < container.childNodes.length
        ? order.indexOf(container.childNodes[offset] as Node)
        : order.indexOf(lastInside(container)) + 0.5;
    const from = point(startNode, startOffset);
    const to = point(endNode, endOffset);
    return order
      .filter((node, position) => node.nodeType === 3 && position >= from && position < to)
      .map((node) => node.nodeValue)
      .join('');
  }
}

/** The document, reading its ranges with `StandardRange`. */
function withStandardRange(doc: Document): Document {
  doc.createRange = () => new StandardRange() as unknown as Range;
  return doc;
}

/** The document, reading its ranges as happy-dom does: no text between elements. */
function withEmptyRange(doc: Document): Document {
  const empty = { setStart() {}, setEnd() {}, setStartAfter() {}, setEndBefore() {}, toString: () => '' };
  doc.createRange = () => empty as unknown as Range;
  return doc;
}

describe('joinedBodyText where the DOM cannot read a range', () => {
  it('answers null, so the body text decides as before', () => {
    const doc = withEmptyRange(parseFixture(fixtureById('other/preferences-signed-in.html')));
    expect(joinedBodyText(doc)).toBeNull();
    const sentWording = PAGE_RULES.flatMap((rule) => rule.signals).find((s) => s.id === 'text:sent-wording')?.text
      ?.pattern;
    expect(new PageText(doc, false).bodyMayMatch(new RegExp(loosenForJoinedText(sentWording as string), 'i'))).toBe(
      true,
    );
  });
});

describe('joinedBodyText', () => {
  it('is the body text with some spaces deleted and others runs of whitespace, on every saved page', () => {
    for (const fixture of loadFixturePool()) {
      const doc = withStandardRange(parseFixture(fixture));
      const spaced = bodyText(doc);
      const joined = joinedBodyText(doc) as string;
      expect(isSpaceDeletion(collapse(joined), spaced), fixture.id).toBe(true);
      expect(joined.replace(/\s/g, ''), fixture.id).toBe(spaced.replace(/ /g, ''));
    }
  });

  it('leaves out the same hidden subtrees as the body text, nested or not', () => {
    const doc = withStandardRange(
      new DOMParser().parseFromString(
        `<body>We<b>sent</b> <div hidden>secret <p class="x hidden">inner</p></div><span class="is-hidden">no</span>
       <p style="color: red; DISPLAY : none">gone</p><p style="display:block">kept <svg><text>icon</text></svg>too</p>
       <script>var s = "script";</script><input type="HIDDEN"><noscript>ns</noscript><p class="hide-me">shown</p>
       <div class="invisible"><div hidden>deep</div></div>end</body>`,
        'text/html',
      ),
    );
    expect(bodyText(doc)).toBe('We sent kept too shown end');
    expect(collapse(joinedBodyText(doc) as string)).toBe('Wesent kept too shown end');
    // Whitespace as the page has it: the line breaks between the elements are still there.
    expect(joinedBodyText(doc)).toContain('\n');
  });

  it('answers null where the body has no text to read, so the body text (empty) decides', () => {
    const blank = withStandardRange(
      new DOMParser().parseFromString('<body> <p>\n</p><div hidden>x</div> </body>', 'text/html'),
    );
    expect(joinedBodyText(blank)).toBeNull();
    expect(bodyText(blank)).toBe('');
  });

  it('reads nothing from a hidden or missing body', () => {
    const hidden = new DOMParser().parseFromString('<body hidden>text</body>', 'text/html');
    expect(joinedBodyText(hidden)).toBe('');
    const frameset = document.implementation.createHTMLDocument('');
    frameset.body.remove();
    expect(joinedBodyText(frameset)).toBe('');
  });
});

describe('the shortcut on saved pages', () => {
  const sentWording = PAGE_RULES.find((rule) => rule.id === 'check-email')?.signals.find(
    (s) => s.id === 'text:sent-wording',
  )?.text?.pattern as string;
  const loose = new RegExp(loosenForJoinedText(sentWording), 'i');

  it('rules the "we sent" wording out on an account page that needs no help, without the body text', () => {
    const text = new PageText(withStandardRange(parseFixture(fixtureById('other/preferences-signed-in.html'))), false);
    expect(text.bodyMayMatch(loose)).toBe(false);
  });

  it('lets it through on every "we emailed you" page, where the body text then decides', () => {
    const pages = loadFixturePool().filter((fixture) => fixture.kind === 'check-email');
    expect(pages.length).toBeGreaterThan(0);
    for (const fixture of pages)
      expect(new PageText(withStandardRange(parseFixture(fixture)), false).bodyMayMatch(loose), fixture.id).toBe(true);
  });
});

describe('recognition with the shortcut', () => {
  it('answers exactly as without it, on every saved page', () => {
    for (const fixture of loadFixturePool()) {
      const withShortcut = recognisePage(withStandardRange(parseFixture(fixture)), fixture.url, { rethrow: true });
      // A Range with no text fails the check in joinedBodyText: this one reads the body text.
      const without = recognisePage(withEmptyRange(parseFixture(fixture)), fixture.url, { rethrow: true });
      expect(withShortcut, fixture.id).toEqual(without);
    }
  });
});

describe('joinedBodyText on a page with a great deal of text', () => {
  it('gives up (null), so the capped body text is read instead', () => {
    const doc = withStandardRange(
      new DOMParser().parseFromString(
        `<body><p>${'word '.repeat(30_000)}</p><script>x</script>end</body>`,
        'text/html',
      ),
    );
    expect(joinedBodyText(doc)).toBeNull();
    expect(bodyText(doc).length).toBe(20_000);
  });
});
