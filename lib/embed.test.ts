import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed';

describe('embedSnippet', () => {
  it('is an iframe of the widget address with an escaped, descriptive title', () => {
    const html = embedSnippet({
      src: 'https://tracker.example.org/ru/embed/commitments/aktau-container-hub',
      title: 'Хаб в Актау "Aktau" & <co>: статус',
      height: 260,
    });
    expect(html).toBe(
      '<iframe src="https://tracker.example.org/ru/embed/commitments/aktau-container-hub" title="Хаб в Актау &quot;Aktau&quot; &amp; &lt;co&gt;: статус" width="100%" height="260" style="border:0;max-width:480px" loading="lazy"></iframe>',
    );
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => embedSnippet({ src: 'javascript:alert(1)', title: 'x', height: 100 })).toThrow(/http/);
  });
});
