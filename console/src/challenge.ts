// The second step of a sign-in (TOTP or a recovery code), shared by the password sign-in and a
// sign-in through a provider: while it is set, the sign-in screen asks for the code.
import { createStore } from './store';

export interface Challenge {
  mfaToken: string;
  /** ms since the epoch. */
  expiresAt: number;
}

export const challengeStore = createStore<Challenge | null>(null);

export function setChallenge(mfaToken: string, expiresIn: number): void {
  challengeStore.set({ mfaToken, expiresAt: Date.now() + expiresIn * 1000 });
}
