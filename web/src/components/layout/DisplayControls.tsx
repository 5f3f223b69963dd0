/** Text size and high-contrast buttons (TT 26/2020 / WCAG); portal.js makes them work and shows them. */
export function DisplayControls({ labels }: { labels: { display: string; textLarger: string; textSmaller: string; textReset: string; highContrast: string } }) {
  return (
    <div className="display-controls" role="group" aria-label={labels.display} data-enhanced="" hidden>
      <button type="button" data-display="smaller" aria-label={labels.textSmaller} title={labels.textSmaller}>
        A−
      </button>
      <button type="button" data-display="reset" aria-label={labels.textReset} title={labels.textReset}>
        A
      </button>
      <button type="button" data-display="larger" aria-label={labels.textLarger} title={labels.textLarger}>
        A+
      </button>
      <button type="button" data-display="contrast" aria-pressed="false">
        {labels.highContrast}
      </button>
    </div>
  );
}
