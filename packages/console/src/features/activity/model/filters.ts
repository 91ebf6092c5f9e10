import { ActivityAction, ActorType } from '@clientele/shared';
import type { ActivityFilter } from '@/gql/graphql';

/**
 * What the timeline shows, kept in the query string:
 * `?action=UPDATED&action=LINKED&actor=STAFF` (a kind of actor) or `&person=<id>` (one person).
 */
export interface ActivityView {
  actions: ActivityAction[];
  actor: ActorType | null;
  person: string | null;
}

const ACTIONS = new Set<string>(Object.values(ActivityAction));
const ACTORS = new Set<string>(Object.values(ActorType));
/** Ids are UUIDs; anything else in the address is not one of ours. */
const PERSON_ID = /^[0-9A-Za-z-]{1,64}$/;

export function readActivityView(params: URLSearchParams): ActivityView {
  const actions = [...new Set(params.getAll('action'))].filter((value): value is ActivityAction =>
    ACTIONS.has(value),
  );
  const actor = params.get('actor');
  const person = params.get('person');
  return {
    actions,
    actor: actor && ACTORS.has(actor) ? (actor as ActorType) : null,
    person: person && PERSON_ID.test(person) ? person : null,
  };
}

export function writeActivityView(view: ActivityView): URLSearchParams {
  const params = new URLSearchParams();
  for (const action of view.actions) params.append('action', action);
  if (view.actor) params.set('actor', view.actor);
  if (view.person) params.set('person', view.person);
  return params;
}

export function toActivityFilter(view: ActivityView): ActivityFilter | undefined {
  if (view.actions.length === 0 && !view.actor && !view.person) return undefined;
  return {
    ...(view.actions.length > 0 ? { actions: view.actions as ActivityFilter['actions'] } : {}),
    ...(view.actor ? { actorType: view.actor as ActivityFilter['actorType'] } : {}),
    ...(view.person ? { actorId: view.person } : {}),
  };
}

/**
 * The "Who" choice folds the kind of actor and the person into one value:
 * `''` anyone, `kind:STAFF` every staff member, `person:<id>` one of them.
 */
export type WhoValue = '' | `kind:${string}` | `person:${string}`;

export const whoValue = (view: Pick<ActivityView, 'actor' | 'person'>): WhoValue =>
  view.person ? `person:${view.person}` : view.actor ? `kind:${view.actor}` : '';

/** The view for a "Who" choice: one person, or one kind, never both. */
export function fromWhoValue(value: string): Pick<ActivityView, 'actor' | 'person'> {
  if (value.startsWith('person:')) {
    const person = value.slice('person:'.length);
    return { actor: null, person: PERSON_ID.test(person) ? person : null };
  }
  if (value.startsWith('kind:')) {
    const actor = value.slice('kind:'.length);
    return { actor: ACTORS.has(actor) ? (actor as ActorType) : null, person: null };
  }
  return { actor: null, person: null };
}
