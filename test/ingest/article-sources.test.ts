// Completing each article's source: the manifest wins over the file, a web page gives its address, the host is the last resort.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySources } from '../../src/ingest/article-sources.js';
import type { WebPage } from '../../src/ingest/fetch-articles.js';
import type { Article } from '../../src/types.js';

function article(path: string, fields: Partial<Article> = {}): Article {
  return { id: path, file: path.split('/').pop() ?? path, path, title: 'Talks resume', text: 'Talks resume', sentences: [], ...fields };
}

describe('applySources', () => {
  it('lets a manifest record matched by path, file name or url set what it states, over what the file states', () => {
    const articles = [
      article(resolve('corpus/a.txt'), { outlet: 'Page Outlet', published: '2020-01-01' }),
      article(resolve('corpus/b.txt')),
      article(resolve('corpus/c.txt')),
    ];
    const completed = applySources(articles, {
      manifest: [
        { path: resolve('corpus/a.txt'), outlet: 'Gulf Times', published: '2024-05-02' },
        { file: 'b.txt', url: 'https://www.example.org/b', title: 'Manifest title' },
      ],
    });
    expect(completed.map(({ file, url, outlet, published, title }) => ({ file, url, outlet, published, title }))).toEqual([
      { file: 'a.txt', url: undefined, outlet: 'Gulf Times', published: '2024-05-02', title: 'Talks resume' },
      { file: 'b.txt', url: 'https://www.example.org/b', outlet: 'example.org', published: undefined, title: 'Manifest title' },
      { file: 'c.txt', url: undefined, outlet: undefined, published: undefined, title: 'Talks resume' },
    ]);
  });

  it('gives a page its address and file name, fills outlet and date from its feed, and lets a manifest matched by the address win', () => {
    const page: WebPage = {
      path: '/tmp/pages/news.example.com_talks.html',
      file: 'news.example.com_talks.html',
      requested: 'https://news.example.com/talks',
      url: 'https://www.news.example.com/talks-resume',
      title: 'Feed headline',
      outlet: 'Feed Title',
      published: '2024-05-07',
    };
    const [fromFeed] = applySources([article(page.path, { published: '2024-05-06' })], { pages: [page] });
    expect(fromFeed).toMatchObject({ path: page.requested, file: page.file, url: page.url, title: 'Feed headline', outlet: 'Feed Title', published: '2024-05-06' });
    const [fromManifest] = applySources([article(page.path)], { pages: [page], manifest: [{ url: page.requested, outlet: 'Manifest Outlet' }] });
    expect(fromManifest?.outlet).toBe('Manifest Outlet');
    const [byHost] = applySources([article(page.path)], { pages: [{ ...page, outlet: undefined }] });
    expect(byHost?.outlet).toBe('news.example.com');
  });
});
