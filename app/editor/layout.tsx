import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';

// The staff's editor (docs/editor.md): never indexed, and off (404) unless configured.
export const metadata: Metadata = {
  title: { default: 'Content editor', template: '%s | Content editor' },
  robots: { index: false, follow: false },
};

export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900">{children}</body>
    </html>
  );
}
