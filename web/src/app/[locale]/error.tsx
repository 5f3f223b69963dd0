'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';

// Client component (Next requires it); the strings are few, so they live here rather than in the
// server-side message files.
const TEXT = {
  vi: {
    title: 'Đã có lỗi xảy ra',
    body: 'Hệ thống tạm thời không hiển thị được trang này. Vui lòng thử lại sau ít phút.',
    retry: 'Thử lại',
    home: 'Về trang chủ',
  },
  en: {
    title: 'Something went wrong',
    body: 'This page cannot be shown right now. Please try again in a few minutes.',
    retry: 'Try again',
    home: 'Back to the home page',
  },
};

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale: string }>();
  const locale = params?.locale === 'en' ? 'en' : 'vi';
  const t = TEXT[locale];
  useEffect(() => {
    if (error.digest) document.title = t.title;
  }, [error, t.title]);
  return (
    <div className="not-found" role="alert">
      <h1 className="page-title">{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <button type="button" onClick={reset}>
          {t.retry}
        </button>{' '}
        <a href={`/${locale}`}>{t.home}</a>
      </p>
    </div>
  );
}
