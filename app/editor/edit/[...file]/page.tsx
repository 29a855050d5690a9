import { notFound } from 'next/navigation';
import { saveFile } from '@/app/editor/actions';
import { EditorForm } from '@/components/editor/editor-form';
import { EditorHeader } from '@/components/editor/editor-header';
import { FileProblems } from '@/components/editor/file-problems';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { publicationDay } from '@/lib/content/publication';
import { editorAccess } from '@/lib/editor/access';
import { editorChoices } from '@/lib/editor/catalogue';
import { checkSavedFile } from '@/lib/editor/check';
import { fileFromSegments } from '@/lib/editor/files';
import { editorFieldsOf } from '@/lib/editor/form-fields';
import { formValues } from '@/lib/editor/save';

type Props = { params: Promise<{ file: string[] }>; searchParams: Promise<{ saved?: string }> };

export const metadata = { title: 'Edit' };

export default async function EditPage({ params, searchParams }: Props) {
  const access = await editorAccess();
  const target = fileFromSegments((await params).file);
  const stored = target && (await access.store.read(target.file));
  if (!target || !stored) notFound();
  const opened = formValues(stored.text);
  const problems = await checkSavedFile(access.store, target.file, stored.text, publicationDay());
  return (
    <>
      <EditorHeader access={access} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold text-brand-900">
          {opened ? String(opened.fields.title ?? target.file) : target.file}
        </h1>
        <p className="mt-1 text-base text-slate-700">{target.file}</p>
        {(await searchParams).saved === 'new' && (
          <p role="status" className="mt-4 rounded border-2 border-green-700 bg-green-50 p-3 text-base text-green-900">
            Saved as a new file. Keep writing; save again whenever you like.
          </p>
        )}
        <FileProblems
          problems={problems}
          edited={{ file: target.file, bodyLine: parseFrontmatter(stored.text).bodyLine }}
          rulesUrl={access.rulesUrl}
        />
        {opened ? (
          <EditorForm
            file={target.file}
            kind={target.kind}
            locale={target.locale}
            version={stored.version}
            initial={{ fields: editorFieldsOf(opened.fields), body: opened.body }}
            choices={editorChoices(access.root)}
            save={saveFile}
          />
        ) : (
          <p className="mt-6 max-w-prose text-base">
            The first lines of this file (between the two <code>---</code> lines) cannot be read, so the editor will not
            change it. The problems above say what is wrong; ask a developer to fix it.
          </p>
        )}
      </main>
    </>
  );
}
