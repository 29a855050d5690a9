import { compilePreview } from '@/lib/editor/preview';
import { SITE_MDX_COMPONENTS } from '@/mdx-components';

/** A body compiled now, with the site's components; or, when it holds code, the lines that stop it. */
export async function PreviewBody({ body }: { body: string }) {
  const compiled = await compilePreview(body);
  if ('refused' in compiled) {
    return (
      <div role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4 text-base text-red-900">
        <p className="font-semibold">This text cannot be shown until these lines are fixed:</p>
        <ul className="mt-2 list-disc pl-6">
          {compiled.refused.map((refusal, index) => (
            <li key={index}>
              Line {refusal.line} of the text: {refusal.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const Content = compiled.content;
  return <Content components={SITE_MDX_COMPONENTS} />;
}
