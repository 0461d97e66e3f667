import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { ConsolePage } from './ConsolePage';
import { MailStatusPanel } from './MailStatusPanel';
import { ReceivedMailList } from './ReceivedMailList';
import { SentMailList } from './SentMailList';

type TabKey = 'received' | 'sent';

const TAB = '-mb-px cursor-pointer border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted outline-none hover:text-ink focus-visible:ring-2 focus-visible:ring-accent data-[selected]:border-accent data-[selected]:text-ink';

/**
 * The e-mail channel: its state (address, mail server, mailbox), the mail received with what became of each and why,
 * and the mail sent with its delivery state; failed mail can be sent again.
 */
export function MailScreen() {
  const [tab, setTab] = useState<TabKey>('received');
  const [receivedState, setReceivedState] = useState('');
  const [sentState, setSentState] = useState('');
  return (
    <ConsolePage title="Mail"
      description="Customers write to the support address: each mail becomes a ticket or a message on one, or is ignored (sent by a machine) or quarantined (unreadable), with the reason. Public replies leave by mail, retried until delivered.">
      <MailStatusPanel />
      <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(key as TabKey)} className="flex flex-col gap-3">
        <TabList aria-label="Mail" className="flex gap-1 border-b border-line">
          <Tab id="received" className={TAB}>Received</Tab>
          <Tab id="sent" className={TAB}>Sent</Tab>
        </TabList>
        <TabPanel id="received" className="outline-none">
          <ReceivedMailList state={receivedState} onStateChange={setReceivedState} />
        </TabPanel>
        <TabPanel id="sent" className="outline-none">
          <SentMailList state={sentState} onStateChange={setSentState} />
        </TabPanel>
      </Tabs>
    </ConsolePage>
  );
}
