// Reads, once, the evidence Restore Access's page rules need (utils/recognition): the title; the
// text of the headings, labels, buttons and message areas; whether each form-field selector of a
// rule matches; and the body's text, in one Range. It decides nothing: no rule, no pattern, no
// check of what is hidden. watch.js (read-and-watch/) then watches and listens, as a detector must.
// tests/unit/bench-floors.test.ts keeps these selectors equal to the extension's.
const AREAS = [
  'h1, h2, h3, [role="heading"], legend',
  'label',
  'button, input[type="submit"], input[type="button"], a[role="button"], a.button, a.btn',
  '[role="alert"], [aria-live="assertive"], #response-msg, [id^="error-"], .error, .error-message, .alert-danger, .alert-error',
];
const FIELDS = [
  'input[type=password]',
  'form[name=loginForm], input#username, [data-testid^=fr-field-callback] input',
  '#tPasswordNew, #tPasswordRetype, input[name=newPassword], input[autocomplete=new-password]',
  'input[autocomplete=given-name], input[autocomplete=family-name], input[autocomplete=tel]',
  'input[autocomplete=one-time-code], input[inputmode=numeric]',
  'input[type=email], input[autocomplete=email]',
];
const evidence = [document.title];
for (const selector of AREAS) {
  let text = '';
  for (const element of document.querySelectorAll(selector)) text += `${element.textContent} | `;
  evidence.push(text);
}
for (const selector of FIELDS) evidence.push(document.querySelector(selector) !== null);
const body = document.createRange();
body.selectNodeContents(document.body);
evidence.push(body.toString());
globalThis.floorEvidence = evidence;
