import { Link } from '@/components/link';
import { ArticleList } from '@/components/article/article-card';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { HomeHero } from '@/components/home/home-hero';
import { HomeSection } from '@/components/home/home-section';
import { PracticeAreaList } from '@/components/practice-area-list';
import { getFirm, listArticles, listPracticeAreas } from '@/lib/content';
import { pageMetadata, siteTitle } from '@/lib/seo/metadata';
import { articleIndexPath } from '@/lib/routes';

export function generateMetadata() {
  const firm = getFirm();
  return {
    ...pageMetadata({ title: siteTitle(firm), description: firm.summary, path: '/' }),
    title: { absolute: siteTitle(firm) },
  };
}

export default function HomePage() {
  const firm = getFirm();
  return (
    <>
      <HomeHero firm={firm} />
      <HomeSection id="who-heading" title="Who we help" narrow>
        <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
          <li>People charged with a crime who are not US citizens, before they accept a plea.</li>
          <li>People with an old conviction that now blocks a green card, citizenship or travel.</li>
          <li>People in deportation proceedings because of a criminal record, and their families.</li>
        </ul>
      </HomeSection>
      <HomeSection id="areas-heading" title="How we help">
        <PracticeAreaList areas={listPracticeAreas()} headingLevel="h3" />
      </HomeSection>
      <HomeSection id="latest-heading" title="Latest articles">
        <ArticleList articles={listArticles().slice(0, 3)} headingLevel="h3" />
        <p className="mt-4">
          <Link href={articleIndexPath()} className="text-link">
            All articles
          </Link>
        </p>
      </HomeSection>
      <ConsultCallToAction firm={firm} />
    </>
  );
}
