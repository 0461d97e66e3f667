import DOMPurify from 'dompurify';
import { useMemo } from 'react';

export interface MessageBodyProps {
  html?: string;
  text?: string;
}

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4'];

/**
 * Message HTML, sanitised again in the browser (the server already did): only formatting tags, links only to
 * http(s)/mailto and opening apart, no attribute that can run script. Plain text stays text.
 */
export function sanitizeMessageHtml(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    RETURN_TRUSTED_TYPE: false,
  });
  const template = document.createElement('template');
  template.innerHTML = clean;
  template.content.querySelectorAll('a').forEach((link) => {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer nofollow');
  });
  return template.innerHTML;
}

export function MessageBody({ html, text }: MessageBodyProps) {
  const safe = useMemo(() => (html ? sanitizeMessageHtml(html) : null), [html]);
  if (safe !== null) {
    return <div className="rich-text text-sm leading-relaxed" dangerouslySetInnerHTML={{ __html: safe }} />;
  }
  return <div className="whitespace-pre-wrap text-sm leading-relaxed">{text}</div>;
}
