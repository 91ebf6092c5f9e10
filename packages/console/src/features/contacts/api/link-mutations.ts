import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const LinkContactMutation = graphql(`
  mutation LinkContact($input: LinkContactInput!) {
    linkContact(input: $input) {
      ...ContactLinkPayloadFields
    }
  }
`);

export const UpdateContactLinkMutation = graphql(`
  mutation UpdateContactLink($input: UpdateContactLinkInput!) {
    updateContactLink(input: $input) {
      ...ContactLinkPayloadFields
    }
  }
`);

export const UnlinkContactMutation = graphql(`
  mutation UnlinkContact($input: ContactLinkRefInput!) {
    unlinkContact(input: $input) {
      ...ContactLinkPayloadFields
    }
  }
`);

export const SetPrimaryContactMutation = graphql(`
  mutation SetPrimaryContact($input: ContactLinkRefInput!) {
    setPrimaryContact(input: $input) {
      ...ContactLinkPayloadFields
    }
  }
`);

// Each answers with the client's contacts as they now are: the cache needs nothing more.
export const useLinkContactMutation = () => useMutation(LinkContactMutation);
export const useUpdateContactLinkMutation = () => useMutation(UpdateContactLinkMutation);
export const useUnlinkContactMutation = () => useMutation(UnlinkContactMutation);
export const useSetPrimaryContactMutation = () => useMutation(SetPrimaryContactMutation);
