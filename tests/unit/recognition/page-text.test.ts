import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageText } from '@/utils/recognition/page-text';
import { recognisePage } from '@/utils/recognition/recognise';

/**
 * Form validators often mark an invalid field with the classes and ids the recogniser reads as
 * message areas (`.error`, `#error-…`, role="alert"). Whatever the person typed into such a field
 * must never become evidence: only button captions are read from inputs.
 */
const SECRET = 'incorrect horse';
const MARKED_FIELDS = `<title>USPS.com® - Sign In</title><h1>Sign In</h1>
  <form name="loginForm">
    <label for="username">Username</label><input type="text" id="username" class="error">
    <label for="error-password">Password</label>
    <input type="password" id="error-password" class="error error-message alert-danger alert-error" role="alert" aria-live="assertive">
    <input type="password" id="response-msg" class="error">
    <input type="email" id="error-email" class="error">
    <input type="submit" class="error" value="Try again">
    <button type="submit" id="btn-submit">Sign In</button>
  </form>`;

describe('PageText never reads what was typed', () => {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  let readFrom: string[];
  beforeEach(() => {
    readFrom = [];
    if (!descriptor?.get) throw new Error('no value getter');
    const original = descriptor.get;
    Object.defineProperty(HTMLInputElement.prototype, 'value', {
      ...descriptor,
      get(this: HTMLInputElement) {
        readFrom.push(this.type);
        return original.call(this);
      },
    });
  });
  afterEach(() => {
    if (descriptor) Object.defineProperty(HTMLInputElement.prototype, 'value', descriptor);
  });

  function page(typed: string): Document {
    const doc = new DOMParser().parseFromString(MARKED_FIELDS, 'text/html');
    for (const input of doc.querySelectorAll<HTMLInputElement>('input:not([type=submit])')) input.value = typed;
    readFrom = [];
    return doc;
  }

  it('reads no value but a button caption from fields marked as message areas', () => {
    const text = new PageText(page(SECRET), false);
    const evidence = (['title', 'headings', 'labels', 'buttons', 'messages', 'body'] as const).map((area) =>
      text.get(area),
    );
    expect(evidence.join(' ')).not.toContain('horse');
    expect(text.get('messages')).toContain('Try again');
    expect(readFrom.every((type) => type === 'submit')).toBe(true);
  });

  it('recognises the page the same whatever the password says', () => {
    const url = 'https://reg.usps.com/entreg/LoginAction_input';
    const plain = recognisePage(page('Summer2024'), url);
    expect(recognisePage(page(SECRET), url)).toEqual(plain);
    expect(readFrom.filter((type) => type !== 'submit')).toEqual([]);
  });
});
