// Turns a failure into one clear sentence for the notice region. Codes are the server's
// `extensions.code` (see schema.graphql, enum ErrorCode).

export interface ErrorLike {
  code?: string;
  field?: string;
  retryAfter?: number;
  message?: string;
}

/** Thrown when the user cancels the "confirm it's you" dialog. */
export class Cancelled extends Error {
  readonly code = 'CANCELLED';
  constructor() {
    super('Cancelled.');
  }
}

export function errorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as ErrorLike).code === 'string') {
    return (e as ErrorLike).code;
  }
  return undefined;
}

export function isCode(e: unknown, code: string): boolean {
  return errorCode(e) === code;
}

/** "45 seconds", "2 minutes", "1 hour 5 minutes". */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'}`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return `${h} hour${h === 1 ? '' : 's'}${rest ? ` ${rest} minute${rest === 1 ? '' : 's'}` : ''}`;
}

const FIELD_NAMES: Record<string, string> = {
  email: 'email address',
  newEmail: 'email address',
  username: 'username',
};

function fieldName(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const last = field.split('.').pop() ?? field;
  return FIELD_NAMES[last] ?? last;
}

export function describeError(e: unknown): string {
  const err = (e && typeof e === 'object' ? e : {}) as ErrorLike;
  const serverMessage = typeof err.message === 'string' && err.message.trim() ? err.message.trim() : '';
  switch (err.code) {
    case 'CANCELLED':
      return 'Cancelled: nothing was changed.';
    case 'UNAUTHENTICATED':
      return 'You are signed out. Please sign in again.';
    case 'FORBIDDEN':
      return serverMessage && !/^forbidden\.?$/i.test(serverMessage) ? serverMessage : 'You are not allowed to do that.';
    case 'BAD_USER_INPUT':
      return serverMessage || 'Please check what you entered.';
    case 'INVALID_CREDENTIALS':
      return 'Wrong username, email or password.';
    case 'INVALID_TOKEN':
      return 'This link or code is invalid, has expired, or was already used.';
    case 'INVALID_MFA_CODE':
      return 'That code is wrong or was already used. Check your authenticator app and try again.';
    case 'CONFLICT': {
      const f = fieldName(err.field);
      return f ? `That ${f} is already taken.` : 'That value is already taken.';
    }
    case 'RATE_LIMITED':
      return typeof err.retryAfter === 'number'
        ? `Too many attempts. Please wait ${formatWait(err.retryAfter)} and try again.`
        : 'Too many attempts. Please wait a little and try again.';
    case 'NOT_FOUND':
      return 'Not found: it may have been deleted.';
    case 'QUERY_TOO_COMPLEX':
      return 'The request was too large for the server.';
    case 'REAUTHENTICATION_REQUIRED':
      return 'Please confirm your password to continue.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on the server. Please try again later.';
    case 'NETWORK_ERROR':
      return 'Cannot reach the server. Check your connection and try again.';
    default:
      if (e instanceof TypeError) return 'Cannot reach the server. Check your connection and try again.';
      return serverMessage || 'Something went wrong. Please try again.';
  }
}
