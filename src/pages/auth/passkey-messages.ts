// The words of passkeys: the sign-in button, the account's passkeys page, and what the ceremony
// script says while it runs (handed to it in data attributes, so all words live here).

export const PASSKEY_WORDS = {
  signInHeading: 'Or use a passkey',
  signInText:
    'A passkey signs you in with your fingerprint, face, screen lock or security key. There ' +
    'is nothing to type, and it cannot be phished.',
  signInButton: 'Sign in with a passkey',
  signInFailed: 'That passkey could not sign you in. Try again, or sign in with your password.',
  needsScript: 'Passkeys need JavaScript in this browser. Sign in with your password instead.',
  pageTitle: 'Passkeys',
  pageIntro:
    'A passkey lets you sign in with your fingerprint, face, screen lock or a security key ' +
    'instead of your password. It is stronger than a password: it is never typed, cannot be ' +
    'guessed, and works only on this site.',
  addHeading: 'Add a passkey',
  nameLabel: 'Name',
  nameHint: 'Something to recognise it by later, such as "Work laptop". Optional.',
  addButton: 'Add a passkey',
  addFailedHeading: 'The passkey was not added',
  addFailed: 'The passkey could not be added. Try again.',
  alreadyAdded: 'This passkey is already on an account.',
  listHeading: 'Your passkeys',
  none: 'You have no passkeys yet.',
  nameColumn: 'Name',
  createdColumn: 'Added',
  lastUsedColumn: 'Last used',
  syncedColumn: 'Synced',
  synced: 'Yes',
  notSynced: 'No',
  never: 'Never',
  remove: 'Remove',
  accountHeading: 'Passkeys',
  accountText: 'Sign in with your fingerprint, face or screen lock instead of a password.',
  accountLink: 'Manage your passkeys',
  unsupported: 'This browser cannot use passkeys.',
  needsDomain:
    'Passkeys work only at a domain name, not at an IP address: open this page at localhost ' +
    'instead.',
  waiting: 'Follow your browser’s prompt…',
  cancelled: 'The passkey prompt was closed or timed out. Try again when you are ready.',
  failed: 'Something went wrong talking to your passkey. Reload the page and try again.',
} as const;
