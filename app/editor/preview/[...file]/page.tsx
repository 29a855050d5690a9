import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { recordReviewOfFile } from '@/app/editor/actions';
import { ArticleOnSite } from '@/components/article/article-on-site';
import { EditorHeader } from '@/components/editor/editor-header';
import { PreviewBody } from '@/components/editor/preview-body';
import { PublicationNote } from '@/components/editor/publication-note';
import { publicationDay } from '@/lib/content/publication';
import { ReviewPanel } from '@/components/editor/review-panel';
import { Prose } from '@/components/prose';
import { SiteFrame } from '@/components/site-frame';
import { editorAccess } from '@/lib/editor/access';
import { editorChoices } from '@/lib/editor/catalogue';
import { fileFromSegments } from '@/lib/editor/files';
import { previewDocument } from '@/lib/editor/preview-document';
import { attorneysWhoMaySign, type ReviewOutcome } from '@/lib/editor/record-review';

type Props = { params: Promise<{ file: string[] }>; searchParams: Promise<{ review?: ReviewOutcome }> };

export const metadata = { title: 'Preview' };

export default async function PreviewPage({ params, searchParams }: Props) {
  const access = await editorAccess();
  const target = fileFromSegments((await params).file);
  const stored = target && (await access.store.read(target.file));
  if (!target || !stored) notFound();
  // The site's components speak the article's language.
  setRequestLocale(target.locale);
  const document = previewDocument(target, stored.text);
  const { attorneys } = editorChoices(access.root);
  const review =
    document.kind === 'article'
      ? { fields: document.article, needed: true }
      : document.kind === 'page'
        ? { fields: document.review, needed: document.needsReview }
        : undefined;
  return (
    <>
      <EditorHeader access={access} />
      <div className="mx-auto max-w-5xl px-4 py-6">
        <p>
          <a href={`/editor/edit/${target.file}`} className="text-link text-base">
            Back to editing {target.file}
          </a>
        </p>
        {review?.needed && (
          <ReviewPanel
            file={target.file}
            version={stored.version}
            fields={review.fields}
            attorneys={attorneys}
            maySign={attorneysWhoMaySign(attorneys, access.signedInAs)}
            outcome={(await searchParams).review}
            local={access.mode === 'local'}
            record={recordReviewOfFile}
          />
        )}
      </div>
      <div lang={target.locale} className="border-t-4 border-dashed border-brand-700">
        <p className="bg-brand-50 px-4 py-2 text-center text-base font-semibold text-brand-900">
          Preview of the saved version, as the site will show it
          {document.kind === 'article' && <PublicationNote article={document.article} today={publicationDay()} />}
        </p>
        {document.kind === 'unreadable' ? (
          <p className="mx-auto max-w-prose px-4 py-8 text-base">
            The first lines of this file have a mistake, so it cannot be shown yet. Go back to editing: the check there
            says what to fix.
          </p>
        ) : (
          <SiteFrame versions={{}}>
            {document.kind === 'article' ? (
              <ArticleOnSite article={document.article} locale={target.locale}>
                <PreviewBody body={document.body} />
              </ArticleOnSite>
            ) : (
              <>
                <h1 className="text-3xl font-bold text-brand-900">{document.title}</h1>
                <Prose>
                  <PreviewBody body={document.body} />
                </Prose>
              </>
            )}
          </SiteFrame>
        )}
      </div>
    </>
  );
}
