/**
 * The sidebar's shadow root is open (axe and screen readers need it), so a page's script can
 * `.click()` its buttons. A control that changes saved settings or moves the journey therefore
 * acts only on the person's own input: browsers mark every script-made event untrusted.
 */
export function onlyTrusted<E extends Pick<Event, 'isTrusted'>>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
