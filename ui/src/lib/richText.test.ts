import { describe, expect, it } from 'vitest';
import { hasText, sanitizeHtml, textToHtml } from './richText';

describe('sanitizeHtml', () => {
  it('drops event handlers and scripts', () => {
    const clean = sanitizeHtml('<p>Hi<img src=x onerror=alert(1)><script>alert(2)</script></p>');
    expect(clean).toBe('<p>Hi</p>');
  });

  it('keeps safe links, forcing rel and target, and strips javascript: links', () => {
    const clean = sanitizeHtml('<a href="https://example.com">ok</a> <a href="javascript:alert(1)">bad</a> <a href=" JaVaScRiPt:alert(1)">worse</a>');
    const doc = new DOMParser().parseFromString(clean, 'text/html');
    const links = [...doc.querySelectorAll('a')];
    expect(links[0]?.getAttribute('href')).toBe('https://example.com');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(links[1]?.hasAttribute('href')).toBe(false);
    expect(links[2]?.hasAttribute('href')).toBe(false);
  });

  it('keeps the formatting the composer writes and removes styles', () => {
    const html = '<p><strong>b</strong> <em>i</em> <code>c</code></p><ul><li>x</li></ul><blockquote><p>q</p></blockquote>';
    expect(sanitizeHtml(html)).toBe(html);
    expect(sanitizeHtml('<p style="color:red" class="x">t</p>')).toBe('<p>t</p>');
  });
});

describe('textToHtml', () => {
  it('escapes markup and keeps paragraphs and line breaks', () => {
    expect(textToHtml('a <b>\nc\n\nd & e')).toBe('<p>a &lt;b&gt;<br>c</p><p>d &amp; e</p>');
  });
});

describe('hasText', () => {
  it('tells an empty editor from one with text', () => {
    expect(hasText('<p></p>')).toBe(false);
    expect(hasText('<p> &nbsp; </p>')).toBe(false);
    expect(hasText('<p>x</p>')).toBe(true);
  });
});
