import { NewClientDialog } from '@/features/clients/components/new-client-dialog';
import {
  PartnerClientsPage,
  type NewPartnerClientDialogProps,
} from '@/features/partner-portal/components/partner-clients-page';

/** The clients feature's two-step dialog, in partner mode: the app composes, features stay apart. */
function NewPartnerClientDialog(props: NewPartnerClientDialogProps) {
  return <NewClientDialog {...props} mode="partner" />;
}

export default function PartnerClientsRoute() {
  return <PartnerClientsPage NewClientDialog={NewPartnerClientDialog} />;
}
