import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * The fields of a client's file that the schema declares nullable only
 * because a partner reads them null until the client's administrator accepts
 * it (`Client.partnerAccess`). Every other reader — staff, and a client's own
 * contacts for what they may see — always reads them.
 */
type PartnerGatedField =
  | 'accountGroups'
  | 'billingAddress'
  | 'businessNumbers'
  | 'code'
  | 'contactCount'
  | 'contacts'
  | 'createdAt'
  | 'crm'
  | 'currency'
  | 'domains'
  | 'identityProvider'
  | 'kind'
  | 'language'
  | 'lifecycle'
  | 'notes'
  | 'shippingAddress'
  | 'status'
  | 'tags'
  | 'terms'
  | 'version';

/**
 * An answer as a screen that reads whole files receives it: the gated fields
 * of every client in it non-null. No other output type of the schema declares
 * a field of these names nullable, so narrowing by name is exact.
 */
export type WholeFile<T> = T extends readonly (infer Item)[]
  ? WholeFile<Item>[]
  : T extends object
    ? { [K in keyof T]: K extends PartnerGatedField ? WholeFile<NonNullable<T[K]>> : WholeFile<T[K]> }
    : T;

/**
 * A staff or client-contact screen's query, typed as those readers get its
 * answer (`WholeFile`). Partner screens use their documents as printed.
 */
export function readsWholeFiles<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
): TypedDocumentNode<WholeFile<Result>, Variables> {
  return document as unknown as TypedDocumentNode<WholeFile<Result>, Variables>;
}
