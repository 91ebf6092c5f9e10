import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** Every plan, retired ones too: administrators may offer one again. */
export const AdminPlansQuery = graphql(`
  query AdminPlans {
    servicePlans(includeArchived: true) {
      id
      code
      name
      requiredCertification
      archived
      version
    }
  }
`);

export const CreateServicePlanMutation = graphql(`
  mutation CreateServicePlan($input: CreateServicePlanInput!) {
    createServicePlan(input: $input) {
      servicePlan {
        id
        code
        name
        requiredCertification
        archived
        version
      }
    }
  }
`);

export const UpdateServicePlanMutation = graphql(`
  mutation UpdateServicePlan($input: UpdateServicePlanInput!) {
    updateServicePlan(input: $input) {
      servicePlan {
        id
        code
        name
        requiredCertification
        archived
        version
      }
    }
  }
`);

export const useAdminPlansQuery = () => useQuery(AdminPlansQuery, { fetchPolicy: 'cache-and-network' });
export const useCreateServicePlanMutation = () =>
  useMutation(CreateServicePlanMutation, {
    refetchQueries: [{ query: AdminPlansQuery }],
    awaitRefetchQueries: true,
  });
/** A retired plan moves to the end of the list: the list is asked again. */
export const useUpdateServicePlanMutation = () =>
  useMutation(UpdateServicePlanMutation, {
    refetchQueries: [{ query: AdminPlansQuery }],
    awaitRefetchQueries: true,
  });
