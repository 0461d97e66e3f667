import { useMemo } from 'react';
import { sanitizeHtml, textToHtml } from '@/lib/richText';
import type { Message } from '../api/ticket';

export interface MessageBodyProps {
  /** A message of the conversation or of a side conversation: its text and sanitised HTML (null once erased). */
  message: Pick<Message, 'body' | 'bodyHtml'>;
}

/** The message's HTML from the server (or its escaped text), sanitised again here: nothing in it ever runs. */
export function MessageBody({ message }: MessageBodyProps) {
  const html = useMemo(() => {
    return sanitizeHtml(message.bodyHtml ?? textToHtml(message.body ?? ''));
  }, [message]);
  if (message.body === null || message.body === undefined) {
    return <p className="text-sm italic text-muted">This message was erased.</p>;
  }
  // Sanitised just above with DOMPurify against the server's allow-list.
  return <div className="rich-text break-words text-sm leading-relaxed" dangerouslySetInnerHTML={{ __html: html }} />;
}
