import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Colours are chosen for at least 4.5:1 contrast on white (WCAG 2.2 AA) and
// named for what they do, so a component never picks a raw hex value.
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx', './mdx-components.tsx'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef4fb',
          100: '#d9e6f5',
          700: '#1d4f8a',
          800: '#173f6e',
          900: '#0f2a4a',
        },
        focus: '#ffbf47',
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Arial', 'sans-serif'],
      },
      maxWidth: {
        prose: '68ch',
      },
    },
  },
  plugins: [typography],
} satisfies Config;
