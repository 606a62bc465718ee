import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPasswordCheck } from '@/utils/password-check/start';

// Injected by the background only into a new-password or sign-up page on an account host, and
// only while the option is on (utils/delivery/script-injection.ts, `injectPasswordCheck`): the
// only script that reads a password field (tests/build/built-scripts.test.ts checks the others).
export default defineUnlistedScript(() => {
  startPasswordCheck(document, location.href);
});
