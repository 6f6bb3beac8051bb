import ReactMarkdown from 'react-markdown';

/**
 * Editors' notes in Markdown. Raw HTML is never interpreted (react-markdown leaves it as
 * text without a raw-HTML plugin), links are limited to safe protocols by its default URL
 * transform, and images are not rendered at all.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        disallowedElements={['img']}
        unwrapDisallowed
        components={{
          a: ({ href, children: text }) => (
            <a href={href} rel="noopener noreferrer nofollow">
              {text}
            </a>
          ),
          h1: 'h3',
          h2: 'h4',
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
