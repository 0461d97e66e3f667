import { Link } from '@tanstack/react-router';
import { Button as AriaButton, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useState } from 'react';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { sentenceOf, useMarkRead, useNotifications } from './api';

/**
 * The header's bell: how many notifications are unread, and the newest of them in a popover; opening one goes to its
 * ticket and marks it read; "Mark all read" clears the count.
 */
export function NotificationBell() {
  const notifications = useNotifications(true);
  const markRead = useMarkRead();
  const [open, setOpen] = useState(false);
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  const count = unread > 99 ? '99+' : String(unread);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <AriaButton
        aria-label={unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`}
        className="relative grid size-8 place-items-center rounded-md text-ink outline-none hover:bg-raised focus-visible:ring-2 focus-visible:ring-accent"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-5 fill-current">
          <path d="M10 2a5 5 0 00-5 5v2.6l-1.3 2.6A1 1 0 004.6 14h10.8a1 1 0 00.9-1.8L15 9.6V7a5 5 0 00-5-5zm-2 13a2 2 0 004 0z" />
        </svg>
        {unread > 0 && (
          <span aria-hidden className="absolute -right-1 -top-1 min-w-4 rounded-full bg-danger px-1 text-center text-[0.65rem] font-semibold leading-4 text-white">
            {count}
          </span>
        )}
      </AriaButton>
      <Popover placement="bottom end" className="w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-line bg-surface shadow-lg">
        <Dialog aria-label="Notifications" className="flex max-h-[70vh] flex-col outline-none">
          <div className="flex items-center gap-2 border-b border-line px-3 py-2">
            <Heading slot="title" className="flex-1 text-sm font-semibold">
              Notifications
            </Heading>
            <button
              type="button"
              disabled={unread === 0 || markRead.isPending}
              onClick={() => markRead.mutate(undefined)}
              className="rounded px-1.5 py-0.5 text-xs font-medium text-accent outline-none hover:underline focus-visible:ring-2 focus-visible:ring-accent disabled:text-muted disabled:no-underline"
            >
              Mark all read
            </button>
          </div>
          {notifications.isError && <p className="px-3 py-4 text-sm text-muted">Notifications could not be loaded; they are tried again shortly.</p>}
          {!notifications.isError && items.length === 0 && (
            <p className="px-3 py-6 text-center text-sm text-muted">Nothing yet. You are told here when a ticket is assigned to you or its customer writes.</p>
          )}
          {items.length > 0 && (
            <ul aria-label="Latest notifications" className="divide-y divide-line overflow-y-auto">
              {items.map((notification) => (
                <li key={notification.id}>
                  <Link
                    to="/tickets/$ticketId"
                    params={{ ticketId: notification.ticketId ?? '' }}
                    onClick={() => {
                      if (!notification.read) markRead.mutate(notification.id);
                      setOpen(false);
                    }}
                    className={`flex gap-2 px-3 py-2 text-sm outline-none hover:bg-raised focus-visible:bg-raised ${notification.read ? 'text-muted' : 'text-ink'}`}
                  >
                    <span aria-hidden className={`mt-1.5 size-2 shrink-0 rounded-full ${notification.read ? 'bg-transparent' : 'bg-accent'}`} />
                    <span className="min-w-0 flex-1">
                      <span className={`block ${notification.read ? '' : 'font-medium'}`}>
                        {sentenceOf(notification)}
                        {!notification.read && <span className="sr-only"> (unread)</span>}
                      </span>
                      {notification.ticketSubject && <span className="block truncate text-xs text-muted">{notification.ticketSubject}</span>}
                      {notification.createdAt && (
                        <span className="block text-xs text-muted">
                          <RelativeTime value={notification.createdAt} />
                        </span>
                      )}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
