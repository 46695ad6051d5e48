// The browser side of passkeys: the server's options (JSON, base64url for binary values) into
// what `navigator.credentials.create/get` take, and the credential they return into the JSON
// the server reads (what `PublicKeyCredential.toJSON()` gives, written out here for browsers
// that lack it).

/** What `navigator.credentials` offers; injectable for tests and non-browser callers. */
export interface CredentialsContainerLike {
  create(options: CredentialCreationOptions): Promise<Credential | null>;
  get(options: CredentialRequestOptions): Promise<Credential | null>;
}

export function fromBase64Url(text: string): ArrayBuffer {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export function toBase64Url(buffer: ArrayBuffer | ArrayBufferView): string {
  const bytes =
    buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

type Json = Record<string, unknown>;

function descriptors(list: unknown): PublicKeyCredentialDescriptor[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.map((c: Json) => ({
    ...(c as object),
    type: 'public-key',
    id: fromBase64Url(c['id'] as string),
  })) as PublicKeyCredentialDescriptor[];
}

/** `{ publicKey }` for navigator.credentials.create(), from the server's optionsJson. */
export function creationOptions(optionsJson: string): CredentialCreationOptions {
  const parsed = JSON.parse(optionsJson) as { publicKey: Json };
  const pk = parsed.publicKey;
  const user = pk['user'] as Json;
  return {
    publicKey: {
      ...(pk as object),
      challenge: fromBase64Url(pk['challenge'] as string),
      user: { ...(user as object), id: fromBase64Url(user['id'] as string) },
      excludeCredentials: descriptors(pk['excludeCredentials']),
    } as PublicKeyCredentialCreationOptions,
  };
}

/**
 * `{ publicKey, mediation }` for navigator.credentials.get(), from the server's optionsJson.
 * `conditional`: the browser's autofill (the page's username field has
 * `autocomplete="username webauthn"`); otherwise a modal request.
 */
export function requestOptions(optionsJson: string, conditional: boolean, signal?: AbortSignal): CredentialRequestOptions {
  const parsed = JSON.parse(optionsJson) as { publicKey: Json };
  const pk = parsed.publicKey;
  const options: CredentialRequestOptions = {
    publicKey: {
      ...(pk as object),
      challenge: fromBase64Url(pk['challenge'] as string),
      allowCredentials: descriptors(pk['allowCredentials']) ?? [],
    } as PublicKeyCredentialRequestOptions,
  };
  if (conditional) options.mediation = 'conditional' as CredentialMediationRequirement;
  if (signal) options.signal = signal;
  return options;
}

/** The credential a ceremony returned, as the JSON text the server reads. */
export function credentialJson(credential: Credential | null): string {
  if (!credential) throw new Error('The authenticator returned no credential.');
  const pkc = credential as PublicKeyCredential & { toJSON?: () => unknown };
  if (typeof pkc.toJSON === 'function') return JSON.stringify(pkc.toJSON());
  const response = pkc.response as AuthenticatorResponse & Record<string, unknown>;
  const out: Json = {
    id: pkc.id,
    rawId: toBase64Url(pkc.rawId),
    type: pkc.type,
    clientExtensionResults: pkc.getClientExtensionResults?.() ?? {},
    response: { clientDataJSON: toBase64Url(response.clientDataJSON) },
  };
  const r = out['response'] as Json;
  if ('attestationObject' in response) {
    r['attestationObject'] = toBase64Url(response['attestationObject'] as ArrayBuffer);
    const transports = (response as unknown as AuthenticatorAttestationResponse).getTransports?.();
    if (transports) r['transports'] = transports;
  } else {
    r['authenticatorData'] = toBase64Url(response['authenticatorData'] as ArrayBuffer);
    r['signature'] = toBase64Url(response['signature'] as ArrayBuffer);
    const handle = response['userHandle'] as ArrayBuffer | null;
    if (handle) r['userHandle'] = toBase64Url(handle);
  }
  return JSON.stringify(out);
}
