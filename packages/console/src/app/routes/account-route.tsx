import { Box } from '@mui/material';
import { AccountPage } from '@/features/account/components/account-page';

/** The signed-in person's account, in whichever frame they use (console, partner screens, portal). */
export default function AccountRoute() {
  return (
    <Box sx={{ px: { xs: 2, sm: 3 }, py: { xs: 2, sm: 3 } }}>
      <AccountPage />
    </Box>
  );
}
