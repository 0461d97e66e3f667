// Announces this agent on a ticket (viewing, or typing while the composer has focus and its text changes) and keeps
// the list of everyone else there live from the presence stream.
import { useCallback, useEffect, useRef, useState } from 'react';
import { runEventStream, type StreamStatus } from '@/lib/sse';
import { HEARTBEAT_MS, heartbeat, leave, type Presence, type PresenceState, presenceStreamUrl, type Viewer } from '../api/presence';

/** How long after the last keystroke an agent still counts as typing. */
const TYPING_MS = 6_000;

export interface PresenceHandle {
  others: Viewer[];
  status: StreamStatus;
  /** Call on every edit in the composer. */
  typed: () => void;
  /** Call when the composer gains or loses focus. */
  focused: (focused: boolean) => void;
}

export function usePresence(ticketId: string, myId: string | undefined, enabled: boolean): PresenceHandle {
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [state, setState] = useState<PresenceState>('viewing');
  const focus = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const controller = new AbortController();
    void runEventStream({
      url: presenceStreamUrl(ticketId),
      signal: controller.signal,
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.event === 'presence') {
          setViewers((JSON.parse(message.data) as Presence).viewers ?? []);
        }
      },
    });
    return () => {
      controller.abort();
      setViewers([]);
    };
  }, [ticketId, enabled]);

  // The heartbeat: at once on every change of state, then every HEARTBEAT_MS; leaving the ticket says so.
  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const beat = () => void heartbeat(ticketId, state).catch(() => undefined);
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [ticketId, state, enabled]);

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const bye = () => void leave(ticketId).catch(() => undefined);
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      clearTimeout(idle.current);
      bye();
    };
  }, [ticketId, enabled]);

  const typed = useCallback(() => {
    if (!focus.current) {
      return;
    }
    setState('typing');
    clearTimeout(idle.current);
    idle.current = setTimeout(() => setState('viewing'), TYPING_MS);
  }, []);

  const focused = useCallback((value: boolean) => {
    focus.current = value;
    if (!value) {
      clearTimeout(idle.current);
      setState('viewing');
    }
  }, []);

  return { others: viewers.filter((viewer) => viewer.agentId !== myId), status, typed, focused };
}
