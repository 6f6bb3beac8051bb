import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Editors' notes are Markdown. Pages render them with react-markdown (components/ui/markdown.tsx);
// feeds need the same notes as an HTML string. Same rules as the pages: raw HTML in a note is
// never interpreted (remark-rehype drops it), links keep only safe protocols and images are
// not shown. The sanitiser (GitHub's allow-list) is a second fence behind the first.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img'),
};

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Safe HTML for a Markdown note, for an Atom entry's content. */
export function markdownToSafeHtml(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
