import type { ErrorReason, PageKind, Recognition } from '../core/page-kinds';
import { accountLockedGuide } from './account-locked';
import { checkEmailGuide } from './check-email';
import { errorGuides } from './error';
import { forgotPasswordGuide } from './forgot-password';
import { forgotUsernameGuide } from './forgot-username';
import { newPasswordGuide } from './new-password';
import { otherGuide } from './other';
import { signInGuide } from './sign-in';
import { signInFailedGuide } from './sign-in-failed';
import { signUpGuide } from './sign-up';
import type { Guide } from './types';
import { verifyIdentityGuide } from './verify-identity';

/** One guide per page kind (error pages: one per reason), each in its own file named for the kind. */
export const GUIDES: Record<Exclude<PageKind, 'error'>, Guide> = {
  'sign-in': signInGuide,
  'sign-in-failed': signInFailedGuide,
  'verify-identity': verifyIdentityGuide,
  'forgot-password': forgotPasswordGuide,
  'forgot-username': forgotUsernameGuide,
  'check-email': checkEmailGuide,
  'new-password': newPasswordGuide,
  'account-locked': accountLockedGuide,
  'sign-up': signUpGuide,
  other: otherGuide,
};
export const ERROR_GUIDES: Record<ErrorReason, Guide> = errorGuides;

/** An error page without a known reason gets the most neutral one, "unavailable". */
export function guideFor(recognition: Pick<Recognition, 'kind' | 'reason'>): Guide {
  if (recognition.kind === 'error') return ERROR_GUIDES[recognition.reason ?? 'unavailable'];
  return GUIDES[recognition.kind];
}

export type { Guide, GuideLink, GuideStep, GuideText } from './types';
