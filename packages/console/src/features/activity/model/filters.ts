import { ActivityAction, ActorType } from '@clientele/shared';
import type { ActivityFilter } from '@/gql/graphql';

/** What the timeline shows, kept in the query string: `?action=UPDATED&action=LINKED&actor=STAFF`. */
export interface ActivityView {
  actions: ActivityAction[];
  actor: ActorType | null;
}

const ACTIONS = new Set<string>(Object.values(ActivityAction));
const ACTORS = new Set<string>(Object.values(ActorType));

export function readActivityView(params: URLSearchParams): ActivityView {
  const actions = [...new Set(params.getAll('action'))].filter((value): value is ActivityAction =>
    ACTIONS.has(value),
  );
  const actor = params.get('actor');
  return { actions, actor: actor && ACTORS.has(actor) ? (actor as ActorType) : null };
}

export function writeActivityView(view: ActivityView): URLSearchParams {
  const params = new URLSearchParams();
  for (const action of view.actions) params.append('action', action);
  if (view.actor) params.set('actor', view.actor);
  return params;
}

export function toActivityFilter(view: ActivityView): ActivityFilter | undefined {
  if (view.actions.length === 0 && !view.actor) return undefined;
  return {
    ...(view.actions.length > 0 ? { actions: view.actions as ActivityFilter['actions'] } : {}),
    ...(view.actor ? { actorType: view.actor as ActivityFilter['actorType'] } : {}),
  };
}
