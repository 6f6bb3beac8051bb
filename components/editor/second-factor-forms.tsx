'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import {
  confirmSecondFactorAction,
  replaceRecoveryCodesAction,
  startSecondFactorSetupAction,
  turnOffSecondFactorAction,
} from '@/app/(workspace)/editor/security/actions';
import { FormStatus, SubmitButton, TextField } from '@/components/forms/fields';
import { useEditorForm, type FormAction } from '@/components/forms/use-editor-form';
import type { ActionState } from '@/lib/server/editor-action';

/** The name authenticator apps show for the account: ISSUER in lib/totp.ts (server-only, so not imported here). */
const AUTHENTICATOR_NAME = 'Commitments Tracker';

/** Shown once, right after they are made: the recovery codes, to write down or print. */
function RecoveryCodes({ codes }: { codes: string }) {
  const t = useTranslations('workspaceControls');
  return (
    <div className="recovery-codes">
      <h3>{t('secondFactor.recoveryCodesHeading')}</h3>
      <ol aria-label={t('secondFactor.recoveryCodesLabel')}>
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
  const t = useTranslations('workspaceControls');
  return (
    <TextField
      name="code"
      label={t('secondFactor.appCode')}
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
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(startSecondFactorSetupAction);
  return (
    <form key={key} action={action} className="form form--narrow" aria-label={t('secondFactor.startLabel')}>
      <FormStatus state={state} />
      <div className="form__actions">
        <SubmitButton>{t('secondFactor.startButton')}</SubmitButton>
      </div>
    </form>
  );
}

/** The QR code and key of a set-up in progress, and the first code that turns the factor on; then the recovery codes, once. */
export function ConfirmSetupForm({ qrSvg, secretKey }: { qrSvg: string; secretKey: string }) {
  const t = useTranslations('workspaceControls');
  const { state, action, key } = useEditorForm(confirmSecondFactorAction);
  if (state.status === 'ok' && state.result?.recoveryCodes) {
    return (
      <div>
        <FormStatus state={state} />
        <RecoveryCodes codes={state.result.recoveryCodes} />
        <p>
          <Link className="button" href="/editor">
            {t('secondFactor.kept')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <h2>{t('secondFactor.scanHeading')}</h2>
      {/* The SVG is drawn by the qrcode library from the otpauth address, on the server. */}
      <div className="qr" role="img" aria-label={t('secondFactor.qrLabel')} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p>
        {t('secondFactor.noCamera')}{' '}
        <code className="secret" translate="no">
          {secretKey}
        </code>
      </p>
      <form key={key} action={action} className="form form--narrow" noValidate aria-label={t('secondFactor.confirmLabel')}>
        <FormStatus state={state} />
        <AppCodeField state={state} hint={t('secondFactor.confirmHint', { app: AUTHENTICATOR_NAME })} />
        <div className="form__actions">
          <SubmitButton>{t('secondFactor.turnOn')}</SubmitButton>
        </div>
      </form>
    </>
  );
}

export function ReplaceCodesForm() {
  const t = useTranslations('workspaceControls');
  return (
    <CodeForm
      action={replaceRecoveryCodesAction}
      label={t('secondFactor.replaceLabel')}
      button={t('secondFactor.replaceButton')}
      hint={t('secondFactor.replaceHint')}
    />
  );
}

export function TurnOffForm() {
  const t = useTranslations('workspaceControls');
  return (
    <CodeForm
      action={turnOffSecondFactorAction}
      label={t('secondFactor.turnOffLabel')}
      button={t('secondFactor.turnOffButton')}
      hint={t('secondFactor.turnOffHint')}
    />
  );
}
