import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { ArticleList } from '@/components/article/article-card';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { HomeHero } from '@/components/home/home-hero';
import { HomeSection } from '@/components/home/home-section';
import { PracticeAreaList } from '@/components/practice-area-list';
import { SiteFrame } from '@/components/site-frame';
import { getFirm, listArticles, listPracticeAreas } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { pageMetadata } from '@/lib/seo/metadata';
import { articleIndexPath, homePath, pagePath } from '@/lib/routes';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const firm = getFirm(locale);
  const title = (await getTranslations({ locale, namespace: 'site' }))('title', { firm: firm.name });
  return {
    ...pageMetadata({ title, description: firm.summary, locale, versions: inEveryLocale(homePath) }),
    title: { absolute: title },
  };
}

export default async function HomePage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('home');
  const check = await getTranslations('reliefCheck');
  const firm = getFirm(locale);
  return (
    <SiteFrame versions={inEveryLocale(homePath)}>
      <HomeHero firm={firm} />
      {/* Before a plea is when a lawyer can do the most: this path is the first thing after the introduction. */}
      <p className="mt-6 max-w-prose">
        <Link href={pagePath('charged', locale)} className="button-secondary text-left">
          {t('chargedLink')}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      </p>
      <HomeSection id="who-heading" title={t('whoHeading')} narrow>
        <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
          <li>{t('whoCharged')}</li>
          <li>{t('whoConvicted')}</li>
          <li>{t('whoInProceedings')}</li>
          <li>
            {t.rich('whoDefense', {
              link: (chunks) => (
                <Link href={pagePath('padilla', locale)} className="text-link">
                  {chunks}
                </Link>
              ),
            })}
          </li>
        </ul>
      </HomeSection>
      <p className="mt-8 max-w-prose">
        <Link href={pagePath('reliefCheck', locale)} className="button-secondary">
          {check('homeLink')}
        </Link>
      </p>
      <HomeSection id="areas-heading" title={t('areasHeading')}>
        <PracticeAreaList areas={listPracticeAreas(locale)} headingLevel="h3" />
      </HomeSection>
      <HomeSection id="latest-heading" title={t('latestHeading')}>
        <ArticleList articles={listArticles(locale).slice(0, 3)} headingLevel="h3" />
        <p className="mt-4">
          <Link href={articleIndexPath(1, locale)} className="text-link">
            {t('allArticles')}
          </Link>
        </p>
      </HomeSection>
      <ConsultCallToAction firm={firm} />
    </SiteFrame>
  );
}
