// The second step of a sign-in (a passkey, TOTP or a recovery code), shared by the password
// sign-in and a sign-in through a provider: while it is set, the sign-in screen asks for it.
import type { SecondFactorMethod } from '@portcullis/client';
import { createStore } from './store';

export interface Challenge {
  mfaToken: string;
  /** ms since the epoch. */
  expiresAt: number;
  /** What can meet it. */
  methods: SecondFactorMethod[];
}

export const challengeStore = createStore<Challenge | null>(null);

export function setChallenge(mfaToken: string, expiresIn: number, methods: SecondFactorMethod[]): void {
  challengeStore.set({ mfaToken, expiresAt: Date.now() + expiresIn * 1000, methods });
}
