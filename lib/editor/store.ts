/**
 * Where the editor reads and saves files: this machine's folders (local
 * mode, local-store.ts) or a branch of the repository on GitHub
 * (github-store.ts). `version` is what the file was when opened, so a save
 * never overwrites a change someone else made in between.
 */
export type StoredFile = { text: string; version: string };

export type SaveRequest = {
  file: string;
  text: string;
  /** The version opened, or null for a file that must not exist yet. */
  baseVersion: string | null;
  /** One line saying what changed, for the commit (GitHub) and nowhere else. */
  summary: string;
};

export type SaveOutcome =
  | { saved: true; version: string; pullRequestUrl?: string }
  | { saved: false; reason: 'changed-since-opened' | 'already-exists' };

export type OpenChange = { file: string; pullRequestUrl: string };

export interface ContentStore {
  read(file: string): Promise<StoredFile | undefined>;
  save(request: SaveRequest): Promise<SaveOutcome>;
  /** Changes saved but not yet on the site (GitHub: the editor's open pull requests); none on a local computer. */
  openChanges(): Promise<OpenChange[]>;
  /** A folder of the project on this server to run the content check in, with the saved file in it. */
  checkRoot(file: string, text: string): Promise<{ root: string; done: () => void }>;
}
