type PluginEntry = string | [string, Record<string, unknown>];
export const MDX_PLUGINS: { remarkPlugins: PluginEntry[]; rehypePlugins: PluginEntry[] };
