import QRCode from 'qrcode';
import { getSecondFactor } from '@/db/queries';
import { serverSecret } from '@/lib/env';
import { deriveKey, totpUri, unseal } from '@/lib/totp';
import { requireEditorPage } from '@/lib/server/guard';
import { secondFactorRequired } from '@/lib/server/access';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { ConfirmSetupForm, ReplaceCodesForm, StartSetupForm, TurnOffForm } from '@/components/editor/second-factor-forms';

export const dynamic = 'force-dynamic';

/** The secret in groups of four, for typing into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireEditorPage({ path: '/editor/security', step: 'second-factor-setup' });
  const [params, t] = await Promise.all([searchParams, workspaceT('workspaceAdmin')]);
  const required = secondFactorRequired(user.role);
  const factor = await getSecondFactor({ userId: user.id });
  const pending = factor?.sealedSecret && !factor.enabledAt ? unseal(factor.sealedSecret, deriveKey(serverSecret(), 'totp')) : null;
  const uri = pending ? totpUri(pending, user.email) : null;
  const qr = uri ? await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) : null;
  return (
    <section className="narrow">
      <h1>{t('security.title')}</h1>
      {params['turned-off'] ? (
        <p className="notice notice--success" role="status">
          {t('security.turnedOff')}
        </p>
      ) : null}
      {params['recovery-codes-left'] !== undefined ? (
        <p className="notice notice--warning" role="status">
          {t('security.recoveryUsed', { left: params['recovery-codes-left'] })}
        </p>
      ) : null}
      {!user.totpEnabled && required ? (
        <p className="notice notice--warning" role="status">
          {t('security.required', { role: user.role === 'admin' ? 'admin' : 'editor' })}
        </p>
      ) : null}
      <p>{t('security.intro', { apps: 'Aegis, FreeOTP, Google Authenticator', lastApp: '1Password' })}</p>
      {user.totpEnabled ? (
        <>
          <p className="notice notice--success">{t('security.on', { count: factor?.unusedRecoveryCodes ?? 0 })}</p>
          <div className="card">
            <h2>{t('security.recoveryCodes')}</h2>
            <ReplaceCodesForm />
          </div>
          {!required ? (
            <div className="card">
              <h2>{t('security.turnOff')}</h2>
              <TurnOffForm />
            </div>
          ) : null}
        </>
      ) : pending && qr ? (
        <div className="card">
          <ConfirmSetupForm qrSvg={qr} secretKey={grouped(pending)} />
        </div>
      ) : (
        <div className="card">
          <StartSetupForm />
        </div>
      )}
    </section>
  );
}
