/**
 * Ratings and comments under an article. The static HTML carries the structure and every label;
 * /reviews.js (progressive enhancement) loads the live figures and comments from /api/reviews on the
 * portal's own origin and handles the forms; the ALTCHA widget is served from /vendor/altcha.js.
 */
import { reviewMessages } from '@/lib/i18n/reviews';
import { routes, type Locale } from '@/lib/routes';

const CHALLENGE_URL = '/api/reviews/captcha/challenge';
/** The reviews plugin's limit on a comment, in characters. */
const COMMENT_MAX = 2000;

/** Ratings ask for their own challenges (`?for=rating`), whose work the CMS may set higher. */
function Captcha({ locale, purpose = 'comment' }: { locale: Locale; purpose?: 'comment' | 'rating' }) {
  return (
    <div className="reviews-captcha">
      {/* @ts-expect-error -- custom element of the ALTCHA widget */}
      <altcha-widget
        challenge={purpose === 'rating' ? `${CHALLENGE_URL}?for=rating` : CHALLENGE_URL}
        name="altcha"
        language={locale}
        auto="off"
        configuration='{"hideLogo":true,"hideFooter":true}'
      />
    </div>
  );
}

export function ReviewsSection({ articleId, locale }: { articleId: string; locale: Locale }) {
  const t = reviewMessages(locale);
  return (
    <section
      className="reviews"
      id="reviews"
      aria-labelledby="reviews-heading"
      data-article={articleId}
      data-locale={locale}
      data-api="/api/reviews"
    >
      {/* eslint-disable-next-line @next/next/no-css-tags -- the reviews stylesheet is the plugin's own file, loaded only where the section is */}
      <link rel="stylesheet" href="/reviews.css" />
      <h2 id="reviews-heading" className="section-title">
        {t.heading}
      </h2>
      <form className="rating-form" data-rating-form noValidate>
        <fieldset>
          <legend>
            <span className="rating-summary" data-rating-summary aria-live="polite">
              {t.ratingLabel}
            </span>
          </legend>
          <div className="rating-histogram" data-rating-histogram hidden />
          <div className="star-input" role="radiogroup" aria-label={t.ratingChoose}>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="star">
                <input type="radio" name="stars" value={n} required />
                <span aria-hidden="true">★</span>
                <span className="visually-hidden">{t.star.replace('{n}', String(n))}</span>
              </label>
            ))}
          </div>
          <div className="rating-captcha" data-rating-captcha hidden>
            <Captcha locale={locale} purpose="rating" />
            <button type="submit" className="button">
              {t.rateSubmit}
            </button>
            <p className="hint">
              {t.ratingNotice} <a href={routes.privacy(locale)}>{t.consentLink}</a>.
            </p>
          </div>
          <p className="form-status" data-status role="status" aria-live="polite" tabIndex={-1} />
        </fieldset>
      </form>

      <h3 className="reviews-subtitle">{t.commentsHeading}</h3>
      <div data-comments>
        <noscript>
          <p>{t.noScript}</p>
        </noscript>
      </div>
      <button type="button" className="button button-secondary" data-more hidden>
        {t.commentsMore}
      </button>

      <form className="comment-form" data-comment-form noValidate hidden>
        <h3 className="reviews-subtitle" data-form-heading>
          {t.formHeading}
        </h3>
        <p className="replying" data-replying hidden>
          <span data-replying-label />{' '}
          <button type="button" className="link-button" data-cancel-reply>
            {t.cancelReply}
          </button>
        </p>
        <input type="hidden" name="parentId" value="" />
        <div className="field">
          <label htmlFor="comment-name">
            {t.name} <span className="required">{t.required}</span>
          </label>
          <input
            id="comment-name"
            name="authorName"
            type="text"
            maxLength={80}
            required
            autoComplete="name"
            aria-describedby="comment-name-error"
          />
          <p id="comment-name-error" className="field-error" data-error-for="authorName" hidden />
        </div>
        <div className="field">
          <label htmlFor="comment-email">{t.email}</label>
          <input id="comment-email" name="email" type="email" maxLength={254} autoComplete="email" />
        </div>
        <div className="field">
          <label htmlFor="comment-text">
            {t.text} <span className="required">{t.required}</span>
          </label>
          {/* No maxLength: the browser would cut a long paste silently; the counter and the check on
              sending say what is over instead. */}
          <textarea
            id="comment-text"
            name="text"
            rows={5}
            required
            aria-describedby="comment-text-hint comment-text-count comment-text-error"
            data-max-length={COMMENT_MAX}
          />
          <p id="comment-text-hint" className="hint">
            {t.textHint}
          </p>
          <p id="comment-text-count" className="hint char-count" data-char-count aria-live="polite" />
          <p id="comment-text-error" className="field-error" data-error-for="text" hidden />
        </div>
        <div className="field honeypot">
          <label htmlFor="comment-website">{t.website}</label>
          <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <div className="field consent">
          <input id="comment-consent" name="consent" type="checkbox" required aria-describedby="comment-consent-error" />{' '}
          <label htmlFor="comment-consent">
            {t.consent} <a href={routes.privacy(locale)}>{t.consentLink}</a> <span className="required">{t.required}</span>
          </label>
          <p id="comment-consent-error" className="field-error" data-error-for="consent" hidden />
        </div>
        <Captcha locale={locale} />
        <button type="submit" className="button">
          {t.submit}
        </button>
        <p className="form-status" data-status role="status" aria-live="polite" tabIndex={-1} />
      </form>
      <script
        type="application/json"
        data-reviews-messages
        dangerouslySetInnerHTML={{ __html: JSON.stringify(t).replace(/</g, '\\u003c') }}
      />
      <script src="/vendor/altcha.js" defer />
      <script src="/reviews.js" defer />
    </section>
  );
}
