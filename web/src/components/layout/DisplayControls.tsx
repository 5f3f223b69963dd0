'use client';

import { useEffect, useState } from 'react';

const SIZES = [100, 112.5, 125, 150] as const;
const KEY = 'portal-display';

interface Display {
  size: number;
  contrast: boolean;
}

function apply({ size, contrast }: Display) {
  document.documentElement.style.fontSize = size === 100 ? '' : `${size}%`;
  document.documentElement.classList.toggle('high-contrast', contrast);
}

/** Text size and high-contrast toggles (TT 26/2020 / WCAG), remembered in this browser. */
export function DisplayControls({ labels }: { labels: { display: string; textLarger: string; textSmaller: string; textReset: string; highContrast: string } }) {
  const [display, setDisplay] = useState<Display>({ size: 100, contrast: false });

  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Display | null;
      if (saved && SIZES.includes(saved.size as (typeof SIZES)[number])) setDisplay({ size: saved.size, contrast: Boolean(saved.contrast) });
    } catch {
      /* ignore a corrupt value */
    }
  }, []);

  useEffect(() => {
    apply(display);
    localStorage.setItem(KEY, JSON.stringify(display));
  }, [display]);

  const step = (delta: number) => {
    const index = SIZES.indexOf(display.size as (typeof SIZES)[number]);
    const next = SIZES[Math.min(SIZES.length - 1, Math.max(0, index + delta))]!;
    setDisplay({ ...display, size: next });
  };

  return (
    <div className="display-controls" role="group" aria-label={labels.display}>
      <button type="button" onClick={() => step(-1)} aria-label={labels.textSmaller} title={labels.textSmaller}>
        A−
      </button>
      <button type="button" onClick={() => setDisplay({ ...display, size: 100 })} aria-label={labels.textReset} title={labels.textReset}>
        A
      </button>
      <button type="button" onClick={() => step(1)} aria-label={labels.textLarger} title={labels.textLarger}>
        A+
      </button>
      <button type="button" aria-pressed={display.contrast} onClick={() => setDisplay({ ...display, contrast: !display.contrast })}>
        {labels.highContrast}
      </button>
    </div>
  );
}
