import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AdminPlansQuery = graphql(`
  query AdminPlans {
    servicePlans {
      id
      code
      name
      requiredCertification
      archived
    }
  }
`);

export const CreateServicePlanMutation = graphql(`
  mutation CreateServicePlan($input: CreateServicePlanInput!) {
    createServicePlan(input: $input) {
      id
      code
      name
      requiredCertification
      archived
    }
  }
`);

export const useAdminPlansQuery = () => useQuery(AdminPlansQuery, { fetchPolicy: 'cache-and-network' });
export const useCreateServicePlanMutation = () =>
  useMutation(CreateServicePlanMutation, {
    refetchQueries: [{ query: AdminPlansQuery }],
    awaitRefetchQueries: true,
  });
