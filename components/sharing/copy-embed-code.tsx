'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';

/**
 * Copies the iframe snippet. Where the Clipboard API is missing or refused (an insecure
 * origin, a denied permission), the snippet appears in a read-only box, selected, for the
 * reader to copy by hand. Either outcome is announced through the status region.
 */
export function CopyEmbedCode({ snippet }: { snippet: string }) {
  const t = useTranslations('feeds.embed');
  const [state, setState] = useState<'idle' | 'copied' | 'fallback'>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  const boxId = useId();

  useEffect(() => {
    if (state !== 'fallback') return;
    box.current?.focus();
    box.current?.select();
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('The Clipboard API is not available here');
      await navigator.clipboard.writeText(snippet);
      setState('copied');
    } catch {
      setState('fallback');
    }
  }

  return (
    <div className="copy-embed">
      <button type="button" className="button button--secondary" onClick={copy}>
        {t('copy')}
      </button>
      <p role="status" className="small">
        {state === 'copied' ? t('copied') : state === 'fallback' ? t('fallback') : ''}
      </p>
      {state === 'fallback' ? (
        <div className="field">
          <label htmlFor={boxId}>{t('codeLabel')}</label>
          <textarea
            id={boxId}
            ref={box}
            readOnly
            value={snippet}
            rows={4}
            style={{ fontFamily: 'ui-monospace, monospace', fontSize: '0.85rem' }}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
