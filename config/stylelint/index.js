/**
 * Stylelint settings for the portal's hand-written stylesheets (web/public/*.css). The recommended
 * set catches what breaks a stylesheet silently: an unclosed block (CssSyntaxError, which swallows
 * every rule after it), unknown properties, invalid hex colours, duplicate selectors and properties.
 */
module.exports = {
  extends: ['stylelint-config-recommended'],
  reportNeedlessDisables: true,
  rules: {
    // A later rule for the same selector is how the display-mode blocks override earlier ones.
    'no-descending-specificity': null,
    'declaration-block-no-duplicate-custom-properties': true,
    'color-no-invalid-hex': true,
  },
};
