/*
 * Ratings and comments on article pages (progressive enhancement of the static HTML rendered by
 * ReviewsSection). Talks to /api/reviews on the portal's own origin; every text from the API is put
 * in the page with textContent, never as HTML.
 */
(function () {
  'use strict';
  var section = document.querySelector('section.reviews[data-article]');
  if (!section || !window.fetch) return;
  var article = section.getAttribute('data-article');
  var locale = section.getAttribute('data-locale') === 'en' ? 'en' : 'vi';
  var api = section.getAttribute('data-api') || '/api/reviews';
  var t = {};
  try {
    t = JSON.parse(section.querySelector('[data-reviews-messages]').textContent);
  } catch (e) {
    return;
  }
  var fill = function (text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (_, k) {
      return values[k] === undefined ? '' : String(values[k]);
    });
  };
  var number = function (n) {
    return Number(n).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  };
  var el = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  };
  var query = 'article=' + encodeURIComponent(article) + '&locale=' + locale;

  function request(method, path, body) {
    return fetch(api + path, {
      method: method,
      credentials: 'same-origin',
      headers: body ? { 'content-type': 'application/json', accept: 'application/json' } : { accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    }).then(function (res) {
      return res
        .json()
        .catch(function () {
          return null;
        })
        .then(function (json) {
          if (!res.ok) {
            var error = new Error((json && json.error && json.error.message) || t.networkError);
            error.code = json && json.error && json.error.details && json.error.details.code;
            throw error;
          }
          return json;
        });
    });
  }

  function setStatus(form, text, isError) {
    var status = form.querySelector('[data-status]');
    status.textContent = text || '';
    status.classList.toggle('error', Boolean(isError));
  }

  /** The captcha payload of a form's widget, solving the challenge now if the citizen has not. */
  function captchaPayload(form) {
    var widget = form.querySelector('altcha-widget');
    var field = form.querySelector('input[name="altcha"]');
    if (field && field.value) return Promise.resolve(field.value);
    if (!widget || typeof widget.verify !== 'function') return Promise.resolve('');
    return widget.verify().then(function (result) {
      return (result && result.payload) || (field && field.value) || '';
    });
  }

  function resetCaptcha(form) {
    var widget = form.querySelector('altcha-widget');
    if (widget && typeof widget.reset === 'function') widget.reset();
  }

  // ---- ratings ----
  var ratingForm = section.querySelector('[data-rating-form]');
  var summary = section.querySelector('[data-rating-summary]');
  var ratingCaptcha = section.querySelector('[data-rating-captcha]');

  function showSummary(data) {
    summary.textContent = data.count ? fill(t.ratingSummary, { count: number(data.count), average: number(data.average) }) : t.ratingNone;
    if (data.mine) {
      var radio = ratingForm.querySelector('input[name="stars"][value="' + Number(data.mine) + '"]');
      if (radio) radio.checked = true;
    }
  }

  request('GET', '/ratings?' + query)
    .then(function (json) {
      showSummary(json.data);
    })
    .catch(function () {});

  ratingForm.addEventListener('change', function (event) {
    if (event.target && event.target.name === 'stars') ratingCaptcha.hidden = false;
  });

  ratingForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var chosen = ratingForm.querySelector('input[name="stars"]:checked');
    if (!chosen) return;
    setStatus(ratingForm, t.sending, false);
    captchaPayload(ratingForm)
      .then(function (payload) {
        return request('POST', '/ratings', { article: article, locale: locale, stars: Number(chosen.value), altcha: payload });
      })
      .then(function (json) {
        showSummary(json.data);
        setStatus(ratingForm, t.rateThanks, false);
        ratingCaptcha.hidden = true;
        // The send button just disappeared with the captcha: keep the reader's place on the answer.
        ratingForm.querySelector('[data-status]').focus();
      })
      .catch(function (error) {
        setStatus(ratingForm, error.message, true);
        ratingForm.querySelector('[data-status]').focus();
      })
      .then(function () {
        resetCaptcha(ratingForm);
      });
  });

  // ---- comments ----
  var list = section.querySelector('[data-comments]');
  var more = section.querySelector('[data-more]');
  var form = section.querySelector('[data-comment-form]');
  var replying = form.querySelector('[data-replying]');
  var page = 0;

  function time(iso) {
    // The site's date style: 30/11/2026 14:05 (vi), 30 November 2026, 14:05 (en), Viet Nam time.
    var date = new Date(iso);
    var zone = { timeZone: 'Asia/Ho_Chi_Minh' };
    var day =
      locale === 'vi'
        ? date.toLocaleDateString('vi-VN', Object.assign({ day: '2-digit', month: '2-digit', year: 'numeric' }, zone))
        : date.toLocaleDateString('en-GB', Object.assign({ day: 'numeric', month: 'long', year: 'numeric' }, zone));
    var clock = date.toLocaleTimeString('en-GB', Object.assign({ hour: '2-digit', minute: '2-digit', hour12: false }, zone));
    var node = el('time', 'comment-time', locale === 'vi' ? day + ' ' + clock : day + ', ' + clock);
    node.setAttribute('datetime', iso);
    return node;
  }

  function renderComment(comment, isReply) {
    var item = el('li', 'comment');
    item.setAttribute('data-comment-id', String(comment.id));
    var head = el('p', 'comment-head');
    head.appendChild(el('strong', 'comment-author', comment.authorName));
    head.appendChild(document.createTextNode(' · '));
    head.appendChild(time(comment.createdAt));
    item.appendChild(head);
    item.appendChild(el('p', 'comment-text', comment.text));
    var actions = el('p', 'comment-actions');
    if (!isReply) {
      var reply = el('button', 'link-button', t.reply);
      reply.type = 'button';
      reply.addEventListener('click', function () {
        startReply(comment);
      });
      actions.appendChild(reply);
    }
    var report = el('button', 'link-button', t.report);
    report.type = 'button';
    report.addEventListener('click', function () {
      report.disabled = true;
      request('POST', '/comments/' + Number(comment.id) + '/report', { locale: locale })
        .then(function () {
          actions.replaceChild(el('span', 'comment-reported', t.reported), report);
        })
        .catch(function (error) {
          report.disabled = false;
          report.textContent = t.report + ' — ' + error.message;
        });
    });
    actions.appendChild(report);
    item.appendChild(actions);
    if (comment.replies && comment.replies.length) {
      var replies = el('ul', 'comment-replies');
      comment.replies.forEach(function (r) {
        replies.appendChild(renderComment(r, true));
      });
      item.appendChild(replies);
    }
    return item;
  }

  function loadComments() {
    page += 1;
    return request('GET', '/comments?' + query + '&page=' + page + '&pageSize=20').then(function (json) {
      var ul = list.querySelector('ul.comments');
      if (!ul) {
        list.textContent = '';
        ul = el('ul', 'comments');
        list.appendChild(ul);
      }
      json.data.forEach(function (c) {
        ul.appendChild(renderComment(c, false));
      });
      if (!ul.children.length) list.appendChild(el('p', 'comments-empty', t.commentsEmpty));
      more.hidden = json.meta.pagination.page >= json.meta.pagination.pageCount;
    });
  }

  function startReply(comment) {
    form.elements.parentId.value = String(comment.id);
    replying.hidden = false;
    replying.querySelector('[data-replying-label]').textContent = fill(t.replyingTo, { name: comment.authorName });
    form.elements.authorName.focus();
  }

  function cancelReply() {
    form.elements.parentId.value = '';
    replying.hidden = true;
  }

  form.hidden = false;
  form.querySelector('[data-cancel-reply]').addEventListener('click', cancelReply);
  more.addEventListener('click', function () {
    loadComments().catch(function () {});
  });
  loadComments().catch(function () {
    list.textContent = '';
    list.appendChild(el('p', 'comments-empty', t.networkError));
  });

  // ---- comment form checks: a counter of characters left, and a message per field that says what
  // is wrong (linked to its field by aria-describedby in the markup) ----
  var textField = form.elements.text;
  var maxLength = Number(textField.getAttribute('data-max-length')) || 2000;
  var counter = form.querySelector('[data-char-count]');
  var length = function (value) {
    return Array.from(value.trim()).length;
  };

  function showCount() {
    var left = maxLength - length(textField.value);
    counter.textContent = left >= 0 ? fill(t.charsLeft, { n: number(left) }) : fill(t.charsOver, { n: number(-left) });
    counter.classList.toggle('error', left < 0);
  }

  function fieldError(field, text) {
    var box = form.querySelector('[data-error-for="' + field.name + '"]');
    box.textContent = text || '';
    box.hidden = !text;
    if (text) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }

  function checkFields() {
    var fields = form.elements;
    var count = length(fields.text.value);
    var problems = [
      [fields.authorName, fields.authorName.value.trim() ? '' : t.nameMissing],
      [
        fields.text,
        !count
          ? t.textMissing
          : count > maxLength
            ? fill(t.textTooLong, { count: number(count), max: number(maxLength), over: number(count - maxLength) })
            : '',
      ],
      [fields.consent, fields.consent.checked ? '' : t.consentMissing],
    ];
    problems.forEach(function (p) {
      fieldError(p[0], p[1]);
    });
    return problems.filter(function (p) {
      return p[1];
    });
  }

  textField.addEventListener('input', function () {
    showCount();
    if (textField.getAttribute('aria-invalid') === 'true') checkFields();
  });
  form.elements.authorName.addEventListener('input', function () {
    if (form.elements.authorName.getAttribute('aria-invalid') === 'true') checkFields();
  });
  form.elements.consent.addEventListener('change', function () {
    if (form.elements.consent.getAttribute('aria-invalid') === 'true') checkFields();
  });
  showCount();

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var fields = form.elements;
    var problems = checkFields();
    if (problems.length) {
      setStatus(form, t.fixErrors, true);
      problems[0][0].focus();
      return;
    }
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    setStatus(form, t.sending, false);
    captchaPayload(form)
      .then(function (payload) {
        return request('POST', '/comments', {
          article: article,
          locale: locale,
          parentId: fields.parentId.value || null,
          authorName: fields.authorName.value,
          email: fields.email.value,
          text: fields.text.value,
          website: fields.website.value,
          consent: fields.consent.checked,
          altcha: payload,
        });
      })
      .then(function (json) {
        setStatus(form, (json.data && json.data.message) || t.awaiting, false);
        fields.text.value = '';
        showCount();
        cancelReply();
      })
      .catch(function (error) {
        setStatus(form, error.message, true);
      })
      .then(function () {
        button.disabled = false;
        resetCaptcha(form);
      });
  });
})();
