import { Field, FieldResolver, ID, InterfaceType, Resolver, Root, type ClassType } from 'type-graphql';

/**
 * Global ids, as GitHub and Shopify give them: one opaque id per object, of
 * any type, that `node(globalId:)` fetches. They stand beside each type's own
 * `id` (which stays what it is): `globalId` is the type's name and its id,
 * encoded, so a cache keyed on it never mixes two types up.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The type and id a global id names, or null when it is not one of ours. */
export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(globalId)) return null;
  const [type, ...rest] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  const id = rest.join(':');
  return type && /^[A-Z]\w*$/.test(type) && id ? { type, id } : null;
}

/** Where an object fetched by `node` says which type it is: rows read as plain objects carry no class. */
export const NODE_TYPE = Symbol('nodeType');

export function asNode<T extends object>(type: string, value: T | null): T | null {
  if (value) Object.defineProperty(value, NODE_TYPE, { value: type, enumerable: false, configurable: true });
  return value;
}

@InterfaceType('Node', {
  description: 'An object that `node(globalId:)` fetches by its global id.',
  resolveType: (value: { [NODE_TYPE]?: string }) => value[NODE_TYPE],
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Opaque id unique across every type; `node(globalId:)` fetches the object by it.',
  })
  globalId: string;
}

/** `globalId` on a type that implements Node: its name and its own `id`, encoded. */
export function GlobalIdResolver<T extends { id: string }>(type: ClassType<T>, name: string) {
  @Resolver(() => type)
  class GlobalIdFieldResolver {
    @FieldResolver(() => ID, {
      description: 'Opaque id unique across every type; `node(globalId:)` fetches the object by it.',
    })
    globalId(@Root() object: T): string {
      return toGlobalId(name, object.id);
    }
  }
  return GlobalIdFieldResolver;
}
