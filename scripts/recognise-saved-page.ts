import { Window } from 'happy-dom';
import type { Recognition } from '../utils/core/page-kinds';
import { recognisePage } from '../utils/recognition/recognise';

/**
 * What the shipped recogniser makes of a saved page (or a page report) at its address, in a DOM
 * without layout: shared by `npm run classify` and `npm run add-fixture`.
 */
export function recogniseSavedPage(html: string, url: URL): Recognition {
  const window = new Window({ url: url.href });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return recognisePage(doc, url);
  } finally {
    void window.happyDOM.close();
  }
}
