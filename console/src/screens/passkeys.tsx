// Passkeys on screen: the account's "Passkeys" section (list, add, rename, delete, and recovery
// codes when a passkey is the second factor), the sign-in screen's passkey button and autofill
// (conditional mediation), and the passkey step of a two-factor sign-in.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAction, useLoad } from '../actions';
import {
  createRecoveryCodes,
  deletePasskey,
  fetchPasskeys,
  passkeysEnabled,
  registerPasskey,
  renamePasskey,
  type Me,
  type Passkey,
} from '../api';
import { client } from '../client';
import { describeError, errorCode } from '../errors';
import { notify } from '../notice';
import { reloadMe } from '../session';
import { Button, Field, Form, Loading, Section, Submit, formatDate } from '../ui';
import { RecoveryCodes } from './security';

/**
 * The browser's part of a ceremony, with its failures in words: the user closed the prompt or
 * it timed out (NotAllowedError), the authenticator holds a passkey of this account already
 * (InvalidStateError), or the page was left (AbortError).
 */
export async function inBrowser<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof DOMException) {
      const text =
        e.name === 'InvalidStateError'
          ? 'This device already holds a passkey for your account.'
          : e.name === 'AbortError'
            ? 'The passkey request was stopped.'
            : 'No passkey was used: the request was cancelled or timed out.';
      throw Object.assign(new Error(text), { code: e.name === 'AbortError' ? 'ABORTED' : 'PASSKEY_CANCELLED' });
    }
    throw e;
  }
}

/** Whether this browser can do WebAuthn at all. */
export function browserHasPasskeys(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function' && !!navigator.credentials;
}

/** The server's answer to `passkeysEnabled`: it does not change while the page lives. */
let serverOffers: boolean | undefined;
let asking: Promise<boolean> | null = null;

function askServer(): Promise<boolean> {
  asking ??= passkeysEnabled().then(
    (on) => (serverOffers = on),
    (e: unknown) => {
      asking = null; // not known: the next screen asks again
      throw e;
    },
  );
  return asking;
}

/**
 * Whether the server offers passkeys and this browser can use them (false while asking). Asked
 * once per page: a screen opened again (the sign-in screen after each sign-out) knows it from
 * its first render, so its username field offers passkeys from the start.
 */
export function usePasskeysOffered(): boolean {
  const [offered, setOffered] = useState(() => browserHasPasskeys() && serverOffers === true);
  useEffect(() => {
    if (!browserHasPasskeys() || serverOffers !== undefined) return;
    let live = true;
    askServer().then(
      (on) => {
        if (live) setOffered(on);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return offered;
}

/**
 * The browser's autofill for passkeys (conditional mediation): while the sign-in form shows, a
 * pending request lets the user pick a passkey from the username field's suggestions. Returns a
 * way to stop it (before a modal request, which would otherwise compete with it).
 */
export function usePasskeyAutofill(offered: boolean, onSignedIn: () => void): { stop: () => void; restart: () => void } {
  const controller = useRef<AbortController | null>(null);
  const [round, setRound] = useState(0);
  const done = useRef(onSignedIn);
  done.current = onSignedIn;
  useEffect(() => {
    if (!offered) return;
    let live = true;
    const abort = new AbortController();
    controller.current = abort;
    const available = window.PublicKeyCredential.isConditionalMediationAvailable?.() ?? Promise.resolve(false);
    void available
      .then(async (ok) => {
        if (!ok || !live) return;
        const r = await inBrowser(() => client.signInWithPasskey({ conditional: true, signal: abort.signal }));
        if (r.kind === 'signedIn') done.current();
      })
      .catch((e: unknown) => {
        if (!live || abort.signal.aborted || errorCode(e) === 'ABORTED') return;
        notify('error', describeError(e), { code: errorCode(e) ?? 'ERROR' });
        // A spent or expired ceremony (the suggestion was picked late): offer it again.
        if (errorCode(e) === 'INVALID_TOKEN' || errorCode(e) === 'PASSKEY_CANCELLED') setRound((n) => n + 1);
      });
    return () => {
      live = false;
      abort.abort();
      if (controller.current === abort) controller.current = null;
    };
  }, [offered, round]);
  return {
    stop: () => controller.current?.abort(),
    restart: () => setRound((n) => n + 1),
  };
}

/** The sign-in screen's "Sign in with a passkey" button (any of this site's passkeys, no username). */
export function PasskeySignInButton(p: { busy: boolean; onStart: () => void; onDone: () => void; onFailed: () => void }) {
  const action = useAction();
  return (
    <div class="actions passkey-sign-in">
      <Button
        testid="passkey-sign-in"
        busy={action.busy || p.busy}
        onClick={() => {
          p.onStart();
          void action
            .run(async () => {
              const r = await inBrowser(() => client.signInWithPasskey());
              if (r.kind !== 'signedIn') throw new Error('This passkey did not sign you in.');
              return r;
            })
            .then((r) => (r ? p.onDone() : p.onFailed()));
        }}
      >
        Sign in with a passkey
      </Button>
    </div>
  );
}

/** The passkey step of a two-factor sign-in: the browser asks for one of the account's passkeys. */
export function PasskeySecondFactor(p: { mfaToken: string; onDone: () => void; onExpired: () => void; primary: boolean }) {
  const action = useAction();
  return (
    <Button
      variant={p.primary ? 'primary' : 'secondary'}
      testid="passkey-second-factor"
      busy={action.busy}
      onClick={() =>
        void action
          .run(async () => {
            try {
              return await inBrowser(() => client.completeSecondFactorWithPasskey(p.mfaToken));
            } catch (e) {
              if (errorCode(e) === 'INVALID_TOKEN') p.onExpired();
              if (errorCode(e) === 'INVALID_MFA_CODE') {
                throw Object.assign(new Error('That passkey was not accepted. Try again with a passkey of this account.'), {
                  code: 'INVALID_MFA_CODE',
                });
              }
              throw e;
            }
          })
          .then((user) => user && p.onDone())
      }
    >
      Use your passkey
    </Button>
  );
}

/** A name to suggest for a new passkey: the kind of device this browser runs on. */
function suggestedName(): string {
  const ua = navigator.userAgent;
  if (/iPhone|iPad/.test(ua)) return 'iPhone or iPad';
  if (/Android/.test(ua)) return 'Android phone';
  if (/Mac OS X/.test(ua)) return 'Mac';
  if (/Windows/.test(ua)) return 'Windows PC';
  if (/Linux/.test(ua)) return 'Linux computer';
  return 'Passkey';
}

function PasskeyRow(p: { passkey: Passkey; busy: boolean; onRename: (name: string) => Promise<boolean>; onDelete: () => void }) {
  const k = p.passkey;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(k.name);
  return (
    <li class="row" data-testid="passkey-row" data-name={k.name}>
      <div class="row-main">
        {editing ? (
          <Form
            label={`Rename ${k.name}`}
            onSubmit={() =>
              void p.onRename(name.trim()).then((ok) => {
                if (ok) setEditing(false);
              })
            }
          >
            <Field label="Passkey name" value={name} onInput={setName} required maxLength={64} autoFocus testid="passkey-name-edit" />
            <div class="actions">
              <Submit busy={p.busy}>Save</Submit>
              <Button onClick={() => setEditing(false)}>Cancel</Button>
            </div>
          </Form>
        ) : (
          <p class="row-title" data-testid="passkey-name">
            {k.name}
          </p>
        )}
        <p class="muted small">
          <span>Added {formatDate(k.createdAt)}</span> ·{' '}
          <span data-testid="passkey-last-used">{k.lastUsedAt ? `Last used ${formatDate(k.lastUsedAt)}` : 'Not used yet'}</span> ·{' '}
          <span data-testid="passkey-kind">{k.backupEligible ? (k.backedUp ? 'Synced across devices' : 'Can sync across devices') : 'This device only'}</span>
        </p>
      </div>
      {!editing && (
        <div class="row-actions">
          <Button
            label={`Rename ${k.name}`}
            onClick={() => {
              setName(k.name);
              setEditing(true);
            }}
          >
            Rename
          </Button>
          <Button variant="danger-quiet" busy={p.busy} label={`Delete ${k.name}`} onClick={p.onDelete}>
            Delete
          </Button>
        </div>
      )}
    </li>
  );
}

/** The account's "Passkeys" section. */
export function PasskeysSection(p: { user: Me }) {
  const list = useLoad(fetchPasskeys, [p.user.id]);
  const [name, setName] = useState(suggestedName);
  const [codes, setCodes] = useState<string[] | null>(null);
  const add = useAction();
  const change = useAction();
  const recovery = useAction();
  if (list.data && !list.data.enabled) return null;
  const passkeys = list.data?.passkeys ?? [];

  const doAdd = () =>
    void add.run(
      async () => {
        const created = await inBrowser(() => registerPasskey(name.trim()));
        await Promise.all([list.reload(), reloadMe().catch(() => null)]);
        setName(suggestedName());
        return created;
      },
      (k) => `Passkey "${k.name}" added: you can sign in with it.`,
    );

  const doRename = async (k: Passkey, newName: string) => {
    const renamed = await change.run(() => renamePasskey(k.id, newName), 'Passkey renamed.');
    if (renamed) await list.reload();
    return renamed !== undefined;
  };

  const doDelete = (k: Passkey) => {
    if (!window.confirm(`Delete the passkey "${k.name}"? You can no longer sign in with it.`)) return;
    void change
      .run(() => deletePasskey(k.id), `Passkey "${k.name}" deleted.`)
      .then(() => Promise.all([list.reload(), reloadMe().catch(() => null)]));
  };

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;

  return (
    <Section title="Passkeys" testid="passkeys">
      <p>
        A passkey signs you in with your device's screen lock or a security key, without a password, and cannot be phished. With a
        passkey, signing in with your password also asks for it (or another second factor).
      </p>
      {list.loading && !list.data ? (
        <Loading what="your passkeys" />
      ) : passkeys.length === 0 ? (
        <p data-testid="passkey-empty">You have no passkey yet.</p>
      ) : (
        <ul class="rows" data-testid="passkey-list">
          {passkeys.map((k) => (
            <PasskeyRow key={k.id} passkey={k} busy={change.busy} onRename={(n) => doRename(k, n)} onDelete={() => doDelete(k)} />
          ))}
        </ul>
      )}
      {browserHasPasskeys() ? (
        <Form onSubmit={doAdd} label="Add a passkey" testid="add-passkey">
          <Field label="Name for the new passkey" value={name} onInput={setName} required maxLength={64} testid="new-passkey-name" />
          <div class="actions">
            <Submit busy={add.busy}>Add a passkey</Submit>
          </div>
        </Form>
      ) : (
        <p class="muted">This browser cannot create passkeys.</p>
      )}
      {passkeys.length > 0 && !p.user.totpEnabled && (
        <>
          <p class="muted small">
            Recovery codes sign you in once each if you lose your passkeys. New codes replace any you have.
          </p>
          <div class="actions">
            <Button
              testid="create-recovery-codes"
              busy={recovery.busy}
              onClick={() => void recovery.run(async () => setCodes(await createRecoveryCodes()))}
            >
              Create recovery codes
            </Button>
          </div>
        </>
      )}
    </Section>
  );
}
