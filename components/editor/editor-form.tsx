'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import type { EditorChoices } from '@/lib/editor/catalogue';
import type { EditableKind } from '@/lib/editor/files';
import type { EditorFields } from '@/lib/editor/form-fields';
import { MAX_BODY_CHARACTERS } from '@/lib/editor/limits';
import type { EditorSave, EditorSaveResult } from '@/lib/editor/save';
import type { Locale } from '@/lib/routes';
import { BodyEditor } from './body-editor';
import { ChoiceField, inputClass, Labelled, labelClass, TextField } from './fields';
import { slugFromTitle } from '@/lib/content/scaffold';

type Props = {
  /** The file being edited, or undefined for a new article. */
  file?: string;
  kind: EditableKind;
  locale: Locale;
  version: string | null;
  initial: { fields: EditorFields; body: string };
  choices: EditorChoices;
  save: (input: EditorSave) => Promise<EditorSaveResult>;
};

const TOO_LONG = `The text is longer than the editor can save (${MAX_BODY_CHARACTERS.toLocaleString('en-US')} characters). Split it into two articles, or ask the firm's developer.`;
const LEAVE_UNSAVED = 'Your latest changes are not saved. Leave this page without saving them?';
const NOT_REACHED =
  'The editor could not reach the server, so nothing was saved. Your text is still here: check your connection and press Save again.';

/**
 * The editor's form: the frontmatter as pickers and the body as the text it
 * is. It sends what it shows; the server writes back only what changed
 * (lib/editor/document.ts).
 */
export function EditorForm({ file, kind, locale, version: openedVersion, initial, choices, save }: Props) {
  const router = useRouter();
  const [fields, setFields] = useState(initial.fields);
  const [body, setBody] = useState(initial.body);
  const [slug, setSlug] = useState(file ? '' : slugFromTitle(initial.fields.title));
  const [slugTouched, setSlugTouched] = useState(false);
  const [version, setVersion] = useState(openedVersion);
  const [outcome, setOutcome] = useState<EditorSaveResult | undefined>();
  const [saving, startSaving] = useTransition();
  const [saved, setSaved] = useState({ fields: initial.fields, body: initial.body });
  const dirty = body !== saved.body || JSON.stringify(fields) !== JSON.stringify(saved.fields);
  // A tab closed or a link followed with changes not saved: the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  const isArticle = kind === 'articles';
  const isTranslation = isArticle && locale !== 'en';

  function set<K extends keyof EditorFields>(key: K, value: EditorFields[K]) {
    setFields((current) => ({ ...current, [key]: value }));
    if (key === 'title' && !file && !slugTouched) setSlug(slugFromTitle(String(value)));
  }

  function toggleTag(tag: string) {
    set('tags', fields.tags.includes(tag) ? fields.tags.filter((t) => t !== tag) : [...fields.tags, tag]);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const sent: EditorSave['fields'] = isArticle
      ? {
          ...fields,
          draft: fields.draft,
          translationOf: isTranslation ? fields.translationOf : '',
          translatedFrom: isTranslation ? fields.translatedFrom : '',
        }
      : { title: fields.title, description: fields.description };
    if (body.length > MAX_BODY_CHARACTERS) {
      setOutcome({ saved: false, message: TOO_LONG });
      return;
    }
    startSaving(async () => {
      let result: EditorSaveResult;
      try {
        result = await save({ file, slug: file ? undefined : slug, locale, version, fields: sent, body });
      } catch {
        result = { saved: false, message: NOT_REACHED };
      }
      setOutcome(result);
      if (!result.saved) return;
      setVersion(result.version);
      setSaved({ fields, body });
      if (!file) router.push(`/editor/edit/${result.file}?saved=new`);
      else router.refresh();
    });
  }

  const allTags = [
    ...choices.tags,
    ...fields.tags
      .filter((tag) => !choices.tags.some((choice) => choice.value === tag))
      .map((tag) => ({ value: tag, label: tag })),
  ];

  return (
    <form onSubmit={submit} className="mt-6 space-y-6" aria-describedby="save-outcome">
      <TextField
        id="title"
        label="Title"
        hint={isArticle ? '10 to 120 characters, in plain words.' : '3 to 80 characters.'}
        value={fields.title}
        onChange={(value) => set('title', value)}
        required
      />
      {!file && (
        <TextField
          id="slug"
          label="File name (the page’s address)"
          hint="Lowercase words joined by hyphens. It cannot be changed after saving."
          value={slug}
          onChange={(value) => {
            setSlugTouched(true);
            setSlug(value);
          }}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          required
        />
      )}
      <Labelled
        id="description"
        label="Description"
        hint={`50 to 160 characters: what a reader will learn. Shown in search results. Now ${fields.description.length}.`}
      >
        <textarea
          id="description"
          className={inputClass}
          rows={3}
          value={fields.description}
          onChange={(event) => set('description', event.target.value)}
          required
        />
      </Labelled>
      {isArticle && (
        <ArticlePickers
          fields={fields}
          set={set}
          toggleTag={toggleTag}
          allTags={allTags}
          choices={choices}
          isTranslation={isTranslation}
        />
      )}
      <BodyEditor value={body} onChange={setBody} glossary={choices.glossary[locale]} />
      <div id="save-outcome" role="status" aria-live="polite" className="text-base">
        {outcome && !outcome.saved && (
          <p className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">{outcome.message}</p>
        )}
        {outcome?.saved && (
          <p
            className={`rounded border-2 p-3 ${outcome.check?.errors ? 'border-amber-700 bg-amber-50 text-amber-950' : 'border-green-700 bg-green-50 text-green-900'}`}
          >
            {outcome.unchanged ? 'Nothing had changed, so the file was left as it was.' : 'Saved.'}{' '}
            {outcome.check && <CheckCounts {...outcome.check} />}{' '}
            {outcome.pullRequestUrl && (
              <a href={outcome.pullRequestUrl} className="text-link">
                See the pull request on GitHub
              </a>
            )}
          </p>
        )}
      </div>
      <p className="flex flex-wrap gap-3">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        {file && (
          <a
            href={`/editor/preview/${file}`}
            className="button-secondary"
            onClick={(event) => {
              if (dirty && !window.confirm(LEAVE_UNSAVED)) event.preventDefault();
            }}
          >
            Preview the saved version
          </a>
        )}
      </p>
    </form>
  );
}

type PickerProps = {
  fields: EditorFields;
  set: <K extends keyof EditorFields>(key: K, value: EditorFields[K]) => void;
  toggleTag: (tag: string) => void;
  allTags: { value: string; label: string }[];
  choices: EditorChoices;
  isTranslation: boolean;
};

function ArticlePickers({ fields, set, toggleTag, allTags, choices, isTranslation }: PickerProps) {
  return (
    <>
      {isTranslation && (
        <>
          <ChoiceField
            id="translationOf"
            label="The English article this translates"
            value={fields.translationOf}
            onChange={(value) => set('translationOf', value)}
            options={choices.englishArticles}
            empty="Choose the English article"
            required
          />
          <TextField
            id="translatedFrom"
            type="date"
            label="Date of the English version you translated"
            hint="So that a later change to the English article shows as “translation out of date”."
            value={fields.translatedFrom}
            onChange={(value) => set('translatedFrom', value)}
          />
        </>
      )}
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          id="date"
          type="date"
          label="Publish date"
          hint="A later date publishes the article on that day."
          value={fields.date}
          onChange={(value) => set('date', value)}
          required
        />
        <TextField
          id="updated"
          type="date"
          label="Last changed in substance (optional)"
          hint="Set it when the law or advice changed, not for a typo."
          value={fields.updated}
          onChange={(value) => set('updated', value)}
        />
      </div>
      <ChoiceField
        id="jurisdiction"
        label="Whose law the article explains"
        value={fields.jurisdiction}
        onChange={(value) => set('jurisdiction', value)}
        options={choices.jurisdictions}
        empty="Not said yet"
      />
      <fieldset>
        <legend className={labelClass}>Practice areas (at least one)</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {allTags.map((tag) => (
            <label key={tag.value} className="flex min-h-11 items-center gap-3 text-base">
              <input
                type="checkbox"
                className="h-6 w-6"
                checked={fields.tags.includes(tag.value)}
                onChange={() => toggleTag(tag.value)}
              />
              {tag.label}
            </label>
          ))}
        </div>
      </fieldset>
      <ChoiceField
        id="author"
        label="Author (optional)"
        value={fields.author}
        onChange={(value) => set('author', value)}
        options={choices.attorneys}
        empty="The firm"
      />
      <label className="flex min-h-11 items-center gap-3 text-base font-semibold">
        <input
          type="checkbox"
          className="h-6 w-6"
          checked={fields.draft}
          onChange={(event) => set('draft', event.target.checked)}
        />
        Draft: keep it off the site until this box is cleared
      </label>
    </>
  );
}

/** "The check found 1 error and 2 warnings: see the list at the top." with a link to that list. */
function CheckCounts({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return <>The check found nothing to fix.</>;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return (
    <>
      The check found {count(errors, 'error')} and {count(warnings, 'warning')}:{' '}
      <a href="#check-heading" className="text-link">
        see the list at the top of the page
      </a>
      .
    </>
  );
}
