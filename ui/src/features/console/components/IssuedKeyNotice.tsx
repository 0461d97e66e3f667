import { useState } from 'react';
import { Button } from '@/components/ui/Button';

export interface IssuedKeyNoticeProps {
  apiKey: string;
  onDone: () => void;
}

/** The new key, shown this once, with a copy button; gone for good once dismissed. */
export function IssuedKeyNotice({ apiKey, onDone }: IssuedKeyNoticeProps) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const copy = () => {
    navigator.clipboard.writeText(apiKey).then(() => setCopied('yes'), () => setCopied('failed'));
  };
  return (
    <section aria-label="New API key" className="rounded-lg border border-note-line bg-note p-4 text-note-ink">
      <h2 className="text-sm font-semibold">Copy the new key now: it is shown only this once</h2>
      <p className="mt-1 text-sm">AutoCRM keeps only a hash of it. If it is lost, revoke it and issue another.</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code data-testid="issued-key" className="min-w-0 flex-1 break-all rounded border border-note-line bg-surface px-2 py-1.5 font-mono text-sm text-ink">{apiKey}</code>
        <Button size="sm" variant="primary" onPress={copy}>Copy key</Button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-xs">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Copying failed: select the key and copy it by hand.' : ''}
      </p>
      <Button className="mt-2" onPress={onDone}>I have stored it</Button>
    </section>
  );
}
