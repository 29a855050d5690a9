import type { MDXComponents } from 'mdx/types';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
import { Callout } from './callout';
import { FirmAddress, FirmEmail, FirmHours, FirmLanguages, FirmName, FirmPhone } from './firm-facts';

/**
 * Every component an MDX author may use, and nothing else. CONTRIBUTING.md
 * documents each one; the content check refuses any tag not in
 * lib/content/mdx-component-names.ts, which must name exactly these.
 */
export const mdxComponents = {
  Callout,
  FirmName,
  FirmPhone,
  FirmEmail,
  FirmAddress,
  FirmHours,
  FirmLanguages,
} satisfies MDXComponents & Record<MdxComponentName, unknown>;
