export function MyTicketsRoute() { return null; }
