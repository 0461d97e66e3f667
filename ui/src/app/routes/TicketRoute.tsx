export function TicketRoute() { return null; }
