// Small building blocks: labelled fields, page frame, pager, dates.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search';
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'search';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  multiline?: boolean;
  autoFocus?: boolean;
  testid?: string;
  disabled?: boolean;
}

export function Field(p: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (p.autoFocus) ref.current?.focus();
  }, [p.autoFocus]);
  const common = {
    id,
    ref,
    value: p.value,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      p.onInput(e.currentTarget.value),
    required: p.required,
    disabled: p.disabled,
    maxLength: p.maxLength,
    'aria-describedby': p.hint ? hintId : undefined,
    'data-testid': p.testid,
  };
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      {p.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={p.type ?? 'text'}
          autoComplete={p.autoComplete}
          inputMode={p.inputMode}
          minLength={p.minLength}
          pattern={p.pattern}
          spellcheck={p.type === 'email' || p.type === 'password' ? false : undefined}
          autoCapitalize={p.type === 'email' || p.type === 'password' ? 'none' : undefined}
        />
      )}
      {p.hint && (
        <p class="hint" id={hintId}>
          {p.hint}
        </p>
      )}
    </div>
  );
}

/** A one-time or recovery code: a plain text input tuned for codes. */
export function CodeField(p: { label: string; value: string; onInput: (v: string) => void; hint?: string; autoFocus?: boolean }) {
  return (
    <Field
      label={p.label}
      value={p.value}
      onInput={p.onInput}
      autoComplete="one-time-code"
      required
      maxLength={64}
      hint={p.hint ?? 'The 6-digit code from your authenticator app, or a recovery code.'}
      autoFocus={p.autoFocus}
    />
  );
}

/** A screen: its heading receives focus when the screen opens (for keyboard and screen readers). */
export function Page(p: { title: string; children: ComponentChildren; intro?: ComponentChildren; narrow?: boolean }) {
  const h = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${p.title} · Portcullis`;
    // Focus the heading unless something inside the page asked for focus already.
    const active = document.activeElement;
    if (!active || active === document.body || !h.current?.parentElement?.contains(active)) {
      h.current?.focus({ preventScroll: false });
    }
  }, [p.title]);
  return (
    <section class={p.narrow ? 'page narrow' : 'page'} aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} ref={h}>
        {p.title}
      </h1>
      {p.intro && <div class="intro">{p.intro}</div>}
      {p.children}
    </section>
  );
}

export function Section(p: { title: string; children: ComponentChildren; testid?: string }) {
  const id = useId();
  return (
    <section class="card" aria-labelledby={id} data-testid={p.testid}>
      <h2 id={id}>{p.title}</h2>
      {p.children}
    </section>
  );
}

export function Submit(p: { busy?: boolean; children: ComponentChildren; variant?: 'primary' | 'danger' | 'secondary'; disabled?: boolean }) {
  return (
    <button
      type="submit"
      class={`btn ${p.variant ?? 'primary'}`}
      disabled={p.busy || p.disabled}
      aria-busy={p.busy ? 'true' : undefined}
    >
      {p.children}
    </button>
  );
}

export function Button(p: {
  onClick: () => void;
  children: ComponentChildren;
  variant?: 'primary' | 'danger' | 'danger-quiet' | 'secondary' | 'link';
  busy?: boolean;
  disabled?: boolean;
  label?: string;
  testid?: string;
}) {
  return (
    <button
      type="button"
      class={`btn ${p.variant ?? 'secondary'}`}
      onClick={p.onClick}
      disabled={p.busy || p.disabled}
      aria-busy={p.busy ? 'true' : undefined}
      aria-label={p.label}
      data-testid={p.testid}
    >
      {p.children}
    </button>
  );
}

/** A <form> that calls onSubmit without reloading the page. */
export function Form(p: { onSubmit: () => void; children: ComponentChildren; label?: string; role?: 'search'; testid?: string }) {
  return (
    <form
      class="form"
      aria-label={p.label}
      role={p.role}
      data-testid={p.testid}
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
    >
      {p.children}
    </form>
  );
}

export function Pager(p: {
  label: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  busy?: boolean;
  status?: string;
}) {
  return (
    <nav class="pager" aria-label={p.label}>
      <button type="button" class="btn secondary" onClick={p.onPrevious} disabled={!p.hasPrevious || p.busy}>
        ← Previous page
      </button>
      {p.status && (
        <span class="pager-status" data-testid="pager-status">
          {p.status}
        </span>
      )}
      <button type="button" class="btn secondary" onClick={p.onNext} disabled={!p.hasNext || p.busy}>
        Next page →
      </button>
    </nav>
  );
}

const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

export function Time(p: { at: string }) {
  return <time dateTime={p.at}>{formatDate(p.at)}</time>;
}

export function Loading(p: { what?: string }) {
  return (
    <p class="muted" role="status">
      Loading{p.what ? ` ${p.what}` : ''}…
    </p>
  );
}

/** A short, readable description of a browser's User-Agent string. */
export function describeAgent(ua: string | null): string {
  if (!ua) return 'Unknown device';
  const browser =
    /Edg\//.test(ua) ? 'Edge'
    : /OPR\//.test(ua) ? 'Opera'
    : /Firefox\//.test(ua) ? 'Firefox'
    : /Chrom(e|ium)\//.test(ua) ? (/HeadlessChrome/.test(ua) ? 'Headless Chrome' : 'Chrome')
    : /Safari\//.test(ua) ? 'Safari'
    : /curl\//.test(ua) ? 'curl'
    : null;
  const os =
    /Android/.test(ua) ? 'Android'
    : /iPhone|iPad|iPod/.test(ua) ? 'iOS'
    : /Windows/.test(ua) ? 'Windows'
    : /Mac OS X|Macintosh/.test(ua) ? 'macOS'
    : /Linux/.test(ua) ? 'Linux'
    : null;
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? (ua.length > 60 ? `${ua.slice(0, 57)}…` : ua);
}
