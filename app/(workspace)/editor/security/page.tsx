import QRCode from 'qrcode';
import { getSecondFactor } from '@/db/queries';
import { serverSecret } from '@/lib/env';
import { deriveKey, totpUri, unseal } from '@/lib/totp';
import { requireEditorPage } from '@/lib/server/guard';
import { secondFactorRequired } from '@/lib/server/access';
import { ConfirmSetupForm, ReplaceCodesForm, StartSetupForm, TurnOffForm } from '@/components/editor/second-factor-forms';

export const dynamic = 'force-dynamic';

/** The secret in groups of four, for typing into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireEditorPage({ path: '/editor/security', step: 'second-factor-setup' });
  const params = await searchParams;
  const required = secondFactorRequired(user.role);
  const factor = await getSecondFactor({ userId: user.id });
  const pending = factor?.sealedSecret && !factor.enabledAt ? unseal(factor.sealedSecret, deriveKey(serverSecret(), 'totp')) : null;
  const uri = pending ? totpUri(pending, user.email) : null;
  const qr = uri ? await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) : null;
  return (
    <section className="narrow">
      <h1>Second factor</h1>
      {params['turned-off'] ? (
        <p className="notice notice--success" role="status">
          Second factor turned off.
        </p>
      ) : null}
      {params['recovery-codes-left'] !== undefined ? (
        <p className="notice notice--warning" role="status">
          You signed in with a recovery code; {params['recovery-codes-left']} left. Make new ones below if you are running low.
        </p>
      ) : null}
      {!user.totpEnabled && required ? (
        <p className="notice notice--warning" role="status">
          {user.role === 'admin' ? 'Admins' : 'Editors'} must use a second factor. Set one up to continue to the workspace.
        </p>
      ) : null}
      <p>
        A second factor is a six-digit code from an authenticator app on your phone (for example Aegis, FreeOTP, Google Authenticator or 1Password),
        asked for after your password. Someone who learns your password still cannot sign in.
      </p>
      {user.totpEnabled ? (
        <>
          <p className="notice notice--success">
            On. {factor?.unusedRecoveryCodes ?? 0} unused recovery code{factor?.unusedRecoveryCodes === 1 ? '' : 's'} left.
          </p>
          <div className="card">
            <h2>Recovery codes</h2>
            <ReplaceCodesForm />
          </div>
          {!required ? (
            <div className="card">
              <h2>Turn off</h2>
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
