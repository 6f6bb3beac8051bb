'use client';

import Link from 'next/link';
import {
  confirmSecondFactorAction,
  replaceRecoveryCodesAction,
  startSecondFactorSetupAction,
  turnOffSecondFactorAction,
} from '@/app/(workspace)/editor/security/actions';
import { FormStatus, SubmitButton, TextField } from '@/components/forms/fields';
import { useEditorForm, type FormAction } from '@/components/forms/use-editor-form';
import type { ActionState } from '@/lib/server/editor-action';

/** Shown once, right after they are made: the recovery codes, to write down or print. */
function RecoveryCodes({ codes }: { codes: string }) {
  return (
    <div className="recovery-codes">
      <h3>Your recovery codes</h3>
      <ol aria-label="Recovery codes">
        {codes.split('\n').map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A form asking for one code from the app; `label` names the form and its button. New recovery codes, when it makes them, show above it. */
/** The six digits from the authenticator app (or a recovery code, where the hint says so). */
function AppCodeField({ state, hint }: { state: ActionState; hint: string }) {
  return (
    <TextField
      name="code"
      label="Code from your app"
      autoComplete="one-time-code"
      inputMode="numeric"
      maxLength={12}
      state={state}
      required
      hint={hint}
    />
  );
}

function CodeForm<R extends { recoveryCodes: string }>({
  action: serverAction,
  label,
  button,
  hint,
}: {
  action: FormAction<R>;
  label: string;
  button: string;
  hint: string;
}) {
  const { state, action, key } = useEditorForm(serverAction);
  return (
    <form key={key} action={action} className="form form--narrow" noValidate aria-label={label}>
      <FormStatus state={state} />
      {state.status === 'ok' && state.result?.recoveryCodes ? <RecoveryCodes codes={state.result.recoveryCodes} /> : null}
      <AppCodeField state={state} hint={hint} />
      <div className="form__actions">
        <SubmitButton>{button}</SubmitButton>
      </div>
    </form>
  );
}

export function StartSetupForm() {
  const { state, action, key } = useEditorForm(startSecondFactorSetupAction);
  return (
    <form key={key} action={action} className="form form--narrow" aria-label="Set up a second factor">
      <FormStatus state={state} />
      <div className="form__actions">
        <SubmitButton>Set up an authenticator app</SubmitButton>
      </div>
    </form>
  );
}

/** The QR code and key of a set-up in progress, and the first code that turns the factor on; then the recovery codes, once. */
export function ConfirmSetupForm({ qrSvg, secretKey }: { qrSvg: string; secretKey: string }) {
  const { state, action, key } = useEditorForm(confirmSecondFactorAction);
  if (state.status === 'ok' && state.result?.recoveryCodes) {
    return (
      <div>
        <FormStatus state={state} />
        <RecoveryCodes codes={state.result.recoveryCodes} />
        <p>
          <Link className="button" href="/editor">
            I have kept them: continue to the workspace
          </Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <h2>Scan this code with the app</h2>
      {/* The SVG is drawn by the qrcode library from the otpauth address, on the server. */}
      <div
        className="qr"
        role="img"
        aria-label="QR code for the authenticator app; the same key is written below"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p>
        No camera? Enter this key in the app by hand (time-based, 6 digits):{' '}
        <code className="secret" translate="no">
          {secretKey}
        </code>
      </p>
      <form key={key} action={action} className="form form--narrow" noValidate aria-label="Confirm the second factor">
        <FormStatus state={state} />
        <AppCodeField state={state} hint="The six digits the app shows for Commitments Tracker." />
        <div className="form__actions">
          <SubmitButton>Turn on</SubmitButton>
        </div>
      </form>
    </>
  );
}

export function ReplaceCodesForm() {
  return (
    <CodeForm
      action={replaceRecoveryCodesAction}
      label="New recovery codes"
      button="Make new recovery codes"
      hint="A fresh code from your app; the old recovery codes stop working."
    />
  );
}

export function TurnOffForm() {
  return <CodeForm action={turnOffSecondFactorAction} label="Turn off the second factor" button="Turn off" hint="A fresh code from your app." />;
}
