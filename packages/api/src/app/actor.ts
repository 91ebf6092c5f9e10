import { ActorType } from '@clientele/shared';

/**
 * Who is acting: recorded on every activity entry and checked by every rule
 * about who may do what. `onBehalfOf` is the real person when one acts as
 * another (an administrator viewing the console as a client contact).
 */
export interface Actor {
  type: ActorType;
  id: string | null;
  name: string;
  onBehalfOf?: { type: ActorType; id: string } | null;
}

/** The platform itself: seeds, jobs. */
export const SYSTEM_ACTOR: Actor = { type: ActorType.SYSTEM, id: null, name: 'Clientele' };

/**
 * Requests carry no identity until sign-in exists; their changes are recorded
 * under this name so they are never mistaken for a person's.
 */
export const ANONYMOUS_ACTOR: Actor = { type: ActorType.SYSTEM, id: null, name: 'anonymous' };

/** What a service needs to know about the caller of a change. */
export interface Caller {
  actor: Actor;
  requestId: string | null;
}
