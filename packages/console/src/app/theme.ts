import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, frFR } from '@mui/material/locale';
import type { Locale } from '@clientele/shared';

const componentLocales = { fr: frFR, en: enUS } as const;

/**
 * A calm slate blue on a light grey page: staff look at this all day, so
 * colour is kept for what needs attention (status chips, errors).
 */
export function createAppTheme(locale: Locale): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: '#2f5d7c' },
        secondary: { main: '#6b5b95' },
        // MUI's default orange and light blue fail WCAG AA under white text (about 3:1); these
        // darker shades pass it both as a filled chip's background and as outlined text on white.
        warning: { main: '#a44a00', contrastText: '#ffffff' },
        info: { main: '#0265a1', contrastText: '#ffffff' },
        background: { default: '#f5f6f8' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
        h1: { fontSize: '1.75rem', fontWeight: 500 },
        h2: { fontSize: '1.125rem', fontWeight: 500 },
      },
      components: {
        MuiAppBar: { defaultProps: { elevation: 0 } },
        // Sentence case reads calmer than capitals, and keeps French accents legible (« Créer »).
        MuiButton: {
          defaultProps: { disableElevation: true },
          styleOverrides: { root: { textTransform: 'none' } },
        },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
        MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
        MuiTab: { styleOverrides: { root: { textTransform: 'none', fontSize: '0.95rem' } } },
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      },
    },
    componentLocales[locale],
  );
}
