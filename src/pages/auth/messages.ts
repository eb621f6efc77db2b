// The words of the sign-in, invitation and account pages, and of roles, in one catalogue.
import type { Role } from '../../auth/roles';

/** Roles as people read them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  owner: 'Owner',
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
};

/** What each role may do, in one line. */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  owner: 'Everything, including the audit log and other owners.',
  admin: 'Frameworks, job roles, pathways, trusted issuers, people and API keys.',
  recruiter: 'Search the talent pool and work with candidates.',
  hiring_manager: 'Verify credentials and see candidates shared with them.',
};

export const AUTH_WORDS = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  signInTitle: 'Sign in',
  emailLabel: 'Email',
  passwordLabel: 'Password',
  signInFailedHeading: 'You could not be signed in',
  signInFailed: 'The email or the password is not right.',
  demoHeading: 'Local demo',
  demoText: 'This local copy has a demo organisation. Sign in as its owner:',
  signedInAs: 'Signed in as',
  accountNavLabel: 'Account',
  organisationLink: 'Organisation',
  accountTitle: 'Your account',
  organisationLabel: 'Organisation',
  roleLabel: 'Role',
  nameLabel: 'Name',
  signOutEverywhereHeading: 'Signed in somewhere else?',
  signOutEverywhereText:
    'Sign out of every browser where you are signed in, this one included. Use this if you ' +
    'signed in on a computer that is not yours or think someone knows your password.',
  signOutEverywhere: 'Sign out everywhere',
  invitationTitle: 'Join an organisation',
  invitationIntro: 'You are invited to join',
  invitationAs: 'as',
  invitationEmail: 'Your email',
  newPasswordLabel: 'Choose a password',
  newPasswordHint: 'At least 12 characters. A few unrelated words make a good one.',
  confirmPasswordLabel: 'The same password again',
  acceptInvitation: 'Join',
  invitationErrorHeading: 'You could not join yet',
  invitationGoneTitle: 'Invitation not valid',
  invitationGoneText:
    'This invitation link does not work: it may have expired, been used or been withdrawn. ' +
    'Ask the person who invited you for a new one.',
} as const;
