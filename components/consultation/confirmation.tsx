'use client';

import { useEffect, useRef } from 'react';
import { displayPhone, telHref } from '@/lib/phone';

export function Confirmation({ reference, phone }: { reference: string; phone: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} role="status" tabIndex={-1} className="rounded-xl border-4 border-green-800 bg-green-50 p-6 text-lg">
      <h2 className="text-2xl font-bold text-green-900">We have received your request</h2>
      <p className="mt-3">
        Your reference is <strong className="font-mono text-xl tracking-wider">{reference}</strong>. Please keep it; we
        will mention it when we contact you.
      </p>
      <h3 className="mt-4 text-xl font-bold">What happens next</h3>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>A member of our team reads your request.</li>
        <li>We check that we can take your case (a conflict check).</li>
        <li>We call or email you to arrange a consultation in your language.</li>
      </ol>
      <p className="mt-4 font-semibold">
        If someone is detained or a hearing is very close, do not wait: call us now at{' '}
        <a href={telHref(phone)} className="text-link">
          {displayPhone(phone)}
        </a>
        .
      </p>
    </div>
  );
}
