// The ticket view's single-key shortcuts, listed in the `?` overlay while the ticket is shown.
import { useHotkeys } from '@/lib/useHotkeys';
import { type ShortcutGroup, useShortcutHelp } from '@/lib/shortcuts';

export interface TicketShortcutActions {
  reply: () => void;
  note: () => void;
  assignToMe: () => void;
  setStatus: () => void;
  history: () => void;
  next?: () => void;
  previous?: () => void;
  backToNow?: () => void;
}

const HELP: ShortcutGroup = {
  title: 'Ticket',
  keys: [
    ['r', 'Write a public reply'],
    ['n', 'Write an internal note'],
    ['a', 'Assign to me'],
    ['s', 'Set status'],
    ['h', 'History (the ticket as it was)'],
    ['j / k', 'Next / previous ticket of the queue'],
    ['Esc', 'Leave the composer; from the past, back to now'],
    ['Ctrl + Enter', 'Send from the composer'],
  ],
};

export function useTicketShortcuts(actions: TicketShortcutActions): void {
  useShortcutHelp(HELP);
  useHotkeys({
    r: actions.reply,
    n: actions.note,
    a: actions.assignToMe,
    s: actions.setStatus,
    h: actions.history,
    j: () => actions.next?.(),
    ']': () => actions.next?.(),
    k: () => actions.previous?.(),
    '[': () => actions.previous?.(),
    Escape: () => actions.backToNow?.(),
  });
}
