import type { Metadata } from 'next';
import { ContactFacts } from '@/components/contact-facts';
import { getFirm } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Contact',
  description: 'Call or write to the firm to ask for a consultation about a criminal case, a conviction or deportation.',
  alternates: { canonical: '/contact' },
};

export default function ContactPage() {
  const firm = getFirm();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Contact {firm.name}</h1>
      <ContactFacts firm={firm} />
    </>
  );
}
