'use client';

import { useEffect, useState } from 'react';

/**
 * The print view's explicit ready signal: once every chart on the page reports that it
 * has drawn and the fonts are loaded, this sets data-report-ready="true". The snapshot
 * generator waits for it instead of sleeping.
 */
export function ReportReadySignal() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let frame = 0;
    let cancelled = false;
    const check = async () => {
      const charts = [...document.querySelectorAll<HTMLElement>('[data-chart-ready]')];
      if (charts.every((c) => c.dataset.chartReady === 'true')) {
        await document.fonts.ready;
        if (!cancelled) setReady(true);
      } else frame = requestAnimationFrame(() => void check());
    };
    void check();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, []);
  return <div hidden data-report-ready={ready ? 'true' : 'false'} />;
}
