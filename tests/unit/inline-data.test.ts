import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineDataJson, readDatasets } from '../../vite.config';
import { PANEL_FILES } from '../support/panel-ids';

describe('the datasets inlined in the single-file build', () => {
  it('are every data/*.json and the article, keyed by file name, with the file text unchanged', () => {
    const files = readDatasets(resolve('data'));
    expect(Object.keys(files)).toEqual(expect.arrayContaining([...PANEL_FILES, 'article.txt']));
    expect(JSON.parse(inlineDataJson(files))).toEqual(files);
  });

  it('cannot close or bend the script element that holds them', () => {
    const text = inlineDataJson({ 'x.json': '{"a": "</script><script>alert(1)</script> <!-- x"}' });
    expect(text).not.toMatch(/<\/|<!--|</);
    expect(JSON.parse(text)).toEqual({
      'x.json': '{"a": "</script><script>alert(1)</script> <!-- x"}',
    });
  });
});
