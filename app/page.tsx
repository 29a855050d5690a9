import Link from 'next/link';
import { ArticleList } from '@/components/article/article-card';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { PhoneLink } from '@/components/phone-link';
import { PracticeAreaList } from '@/components/practice-area-list';
import { getFirm, listArticles, listPracticeAreas } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata() {
  const firm = getFirm();
  return {
    ...pageMetadata({ title: `${firm.name}: crimmigration and post-conviction relief`, description: firm.summary, path: '/' }),
    title: { absolute: `${firm.name}: crimmigration and post-conviction relief` },
  };
}

export default function HomePage() {
  const firm = getFirm();
  return (
    <>
      <section className="max-w-prose">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-5xl">
          Not a US citizen and facing a criminal case? One plea can mean deportation.
        </h1>
        <p className="mt-4 text-xl text-slate-800">
          {firm.name} defends people who are not US citizens in criminal court, and goes back to old convictions that
          stand in the way of a green card, citizenship or staying in the country. {firm.tagline}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/contact" className="button-primary">
            Request a consultation
          </Link>
          <PhoneLink phone={firm.phone} label="Call" className="button-secondary" />
        </div>
      </section>

      <section aria-labelledby="who-heading" className="mt-12 max-w-prose">
        <h2 id="who-heading" className="text-2xl font-bold text-brand-900">
          Who we help
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
          <li>People charged with a crime who are not US citizens, before they accept a plea.</li>
          <li>People with an old conviction that now blocks a green card, citizenship or travel.</li>
          <li>People in deportation proceedings because of a criminal record, and their families.</li>
        </ul>
      </section>

      <section aria-labelledby="areas-heading" className="mt-12">
        <h2 id="areas-heading" className="text-2xl font-bold text-brand-900">
          How we help
        </h2>
        <PracticeAreaList areas={listPracticeAreas()} headingLevel="h3" />
      </section>

      <section aria-labelledby="latest-heading" className="mt-12">
        <h2 id="latest-heading" className="text-2xl font-bold text-brand-900">
          Latest articles
        </h2>
        <ArticleList articles={listArticles().slice(0, 3)} headingLevel="h3" />
        <p className="mt-4">
          <Link href="/articles" className="text-link">
            All articles
          </Link>
        </p>
      </section>

      <ConsultCallToAction firm={firm} />
    </>
  );
}
