import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULT_HEIGHT, embedSnippet, embedUrl } from './embed-snippet';

describe('embedSnippet', () => {
  it('gives the iframe (panel first, the view kept, accessible title, lazy, default height) and the host script', () => {
    const html = embedSnippet({
      baseUrl: 'https://intranet.example/reports/yrd/',
      panel: 'crime-trend',
      search: '?lang=en&region=zhejiang,anhui&metric=homicides',
      title: 'Huzhou: criminal cases and homicides',
    });
    expect(html).toBe(
      [
        `<iframe src="https://intranet.example/reports/yrd/embed.html?panel=crime-trend&amp;lang=en&amp;region=zhejiang,anhui&amp;metric=homicides" title="Huzhou: criminal cases and homicides" width="100%" height="${EMBED_DEFAULT_HEIGHT}" loading="lazy" frameborder="0"></iframe>`,
        '<script src="https://intranet.example/reports/yrd/embed.js" defer></script>',
      ].join('\n'),
    );
    // Nothing a CMS might strip is needed: no data-* attribute, no id, no class.
    expect(html).not.toMatch(/\s(data-[\w-]*|id|class)[\s=>]/);
  });

  it('resolves against a page address too, and drops the present-mode keys and any panel in the view', () => {
    expect(
      embedUrl(
        'http://10.0.0.5/yrd/index.html?mode=present',
        'projects',
        'mode=present&slide=projects&interval=30&countdown=0&panel=x&actions=0&theme=dark',
      ),
    ).toBe('http://10.0.0.5/yrd/embed.html?panel=projects&actions=0&theme=dark');
  });

  it('escapes every value: a title or a URL cannot break out of its attribute', () => {
    const html = embedSnippet({
      baseUrl: 'https://intranet.example/a"b/',
      panel: 'gov"><script>alert(1)</script>',
      search: '',
      title: '湖州 "治理" <成效> & \'更多\'',
      height: 480.4,
    });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('title="湖州 &quot;治理&quot; &lt;成效&gt; &amp; &#39;更多&#39;"');
    expect(html).toContain('height="480"');
    expect(html.match(/<iframe /g)).toHaveLength(1);
    expect(html.match(/<script /g)).toHaveLength(1);
    // Every attribute value is one quoted run without a raw quote or angle bracket inside.
    for (const [, value] of html.matchAll(/="([^"]*)"/g)) expect(value).not.toMatch(/[<>]/);
  });

  it('falls back to the default height for nonsense', () => {
    const html = embedSnippet({
      baseUrl: 'https://x.example/',
      panel: 'p',
      search: '',
      title: 't',
      height: Number.NaN,
    });
    expect(html).toContain(`height="${EMBED_DEFAULT_HEIGHT}"`);
  });
});
