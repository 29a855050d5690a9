import { Link } from '@/components/link';
import type { Firm } from '@/lib/content';
import { PhoneLink } from '../phone-link';
import { pagePath } from '@/lib/routes';

export function HomeHero({ firm }: { firm: Firm }) {
  return (
    <section className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-5xl">
        Not a US citizen and facing a criminal case? One plea can mean deportation.
      </h1>
      <p className="mt-4 text-xl text-slate-800">
        {firm.name} defends people who are not US citizens in criminal court, and goes back to old convictions that
        stand in the way of a green card, citizenship or staying in the country. {firm.tagline}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={pagePath('contact')} className="button-primary">
          Request a consultation
        </Link>
        <PhoneLink firm={firm} label="Call" className="button-secondary" />
      </div>
    </section>
  );
}
