import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const ClientTermsFields = graphql(`
  fragment ClientTermsFields on Client {
    id
    version
    currency
    deletedAt
    terms {
      paymentTerms
      paymentTermsDays
      billingCurrency
      creditLimit
      creditHold
      creditHoldReason
      discountPercent
      taxExempt
      taxExemptNumber
      gstHstNumber
      qstNumber
      vatNumber
      invoiceDelivery
      billingEmail
      priceList
      contractStart
      contractEnd
    }
  }
`);

export const ClientTermsQuery = readsWholeFiles(
  graphql(`
    query ClientTerms($id: ID!) {
      client(id: $id) {
        ...ClientTermsFields
      }
    }
  `),
);

export function useClientTermsQuery(id: string) {
  return useQuery(ClientTermsQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
