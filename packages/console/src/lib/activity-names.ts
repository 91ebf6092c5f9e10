import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

/**
 * Names for the ids the activity log records (lists, branches, staff, the
 * client's partner, parent and payer), where the API can tell: the Activity
 * tab and the conflict dialog read the same log, so they name it alike.
 * Staff come from `users` and from the file's CRM: a deactivated account
 * owner or salesperson is no longer among `users` but is still on the file.
 */
export const ActivityNamesQuery = readsWholeFiles(
  graphql(`
    query ActivityNames($clientId: ID!) {
      industries(includeArchived: true) {
        id
        name
      }
      accountGroups(includeArchived: true) {
        id
        name
      }
      servicePlans {
        id
        name
      }
      branches {
        id
        name
      }
      users {
        id
        displayName
      }
      client(id: $clientId) {
        id
        partner {
          id
          name
        }
        parent {
          id
          name
        }
        billTo {
          id
          name
        }
        crm {
          accountOwner {
            id
            displayName
          }
          salespeople {
            id
            displayName
          }
        }
      }
    }
  `),
);

/**
 * The id → name map of a client's log; empty until read, or without a client.
 * `fresh` reads past the cache, for when the log has just grown (a conflict:
 * someone may have picked a new parent or a list item made meanwhile).
 */
export function useActivityNames(
  clientId: string | null,
  { fresh = false }: { fresh?: boolean } = {},
): ReadonlyMap<string, string> {
  const { data } = useQuery(ActivityNamesQuery, {
    variables: { clientId: clientId ?? '' },
    skip: !clientId,
    fetchPolicy: fresh ? 'network-only' : 'cache-first',
  });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const item of [
      ...(data?.industries ?? []),
      ...(data?.accountGroups ?? []),
      ...(data?.servicePlans ?? []),
      ...(data?.branches ?? []),
    ])
      names.set(item.id, item.name);
    const client = data?.client;
    for (const other of [client?.parent, client?.billTo, client?.partner])
      if (other) names.set(other.id, other.name);
    for (const user of [...(data?.users ?? []), client?.crm.accountOwner, ...(client?.crm.salespeople ?? [])])
      if (user) names.set(user.id, user.displayName);
    return names;
  }, [data]);
}
