'use client';

import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="section" role="alert">
      <h1>Something went wrong</h1>
      <p className="lede">The page could not be shown. The problem has been logged{error.digest ? ` (reference ${error.digest})` : ''}.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
