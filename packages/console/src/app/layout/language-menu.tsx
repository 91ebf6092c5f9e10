import { useId, useState } from 'react';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import TranslateIcon from '@mui/icons-material/Translate';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@clientele/shared';
import { changeLanguage, useLocale } from '@/lib/i18n';

/** Switches the interface language; each choice is written in its own language, so anyone can find theirs. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();

  const choose = (language: Locale) => {
    setAnchor(null);
    void changeLanguage(language);
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateIcon />}
        // The visible code is part of the name (WCAG 2.5.3): "Language EN".
        aria-label={`${t('language.label')} ${t(`language.short.${locale}`)}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t(`language.short.${locale}`)}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {LOCALES.map((language) => (
          <MenuItem
            key={language}
            lang={language}
            role="menuitemradio"
            aria-checked={language === locale}
            selected={language === locale}
            onClick={() => choose(language)}
          >
            <ListItemIcon>{language === locale ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{t(`language.${language}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
