// Reads, once, the evidence Restore Access's page rules need (utils/recognition): the title; the
// text of the headings, labels, buttons and message areas; whether each form-field selector of a
// rule matches; and the body's text, in one Range. It decides nothing: no rule, no pattern, no
// check of what is hidden. watch.js (read-and-watch/) then watches and listens, as a detector must.
// FLOOR_SELECTORS is written in front of this file by the bench (scripts/bench/evidence-floor.ts),
// from the extension's own rules, so the floor reads exactly what recognition reads.
const evidence = [document.title];
for (const selector of FLOOR_SELECTORS.areas) {
  let text = '';
  for (const element of document.querySelectorAll(selector)) text += `${element.textContent} | `;
  evidence.push(text);
}
for (const selector of FLOOR_SELECTORS.fields) evidence.push(document.querySelector(selector) !== null);
const body = document.createRange();
body.selectNodeContents(document.body);
evidence.push(body.toString());
globalThis.floorEvidence = evidence;
