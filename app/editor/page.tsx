import { CatalogueTable } from '@/components/editor/catalogue-table';
import { EditorHeader } from '@/components/editor/editor-header';
import { publicationDay } from '@/lib/content/publication';
import { editorAccess } from '@/lib/editor/access';
import { editorCatalogue } from '@/lib/editor/catalogue';

export const metadata = { title: 'Files' };

export default async function EditorHome() {
  const access = await editorAccess();
  return (
    <>
      <EditorHeader access={access} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <CatalogueTable
          entries={editorCatalogue(access.root, publicationDay())}
          openChanges={await access.store.openChanges()}
        />
      </main>
    </>
  );
}
