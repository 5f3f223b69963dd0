/**
 * Text size and high-contrast buttons (TT 26/2020 / WCAG); portal.js makes them work and shows them.
 * Each name starts with what the button shows (“A+ Tăng cỡ chữ”), so speech users can say it (2.5.3).
 */
export function DisplayControls({
  labels,
}: {
  labels: { display: string; textLarger: string; textSmaller: string; textReset: string; highContrast: string };
}) {
  const sizes = [
    ['smaller', 'A−', labels.textSmaller],
    ['reset', 'A', labels.textReset],
    ['larger', 'A+', labels.textLarger],
  ] as const;
  return (
    <div className="display-controls" role="group" aria-label={labels.display} data-enhanced="" hidden>
      {sizes.map(([action, visible, label]) => (
        <button key={action} type="button" data-display={action} title={label}>
          {visible}
          <span className="visually-hidden"> {label}</span>
        </button>
      ))}
      <button type="button" data-display="contrast" aria-pressed="false">
        {labels.highContrast}
      </button>
    </div>
  );
}
