import { useId, useState } from 'react';
import { Alert, Box, Button, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Language, checkRequiredText, fieldErrorMessage, languageLabels } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { Facts, Section } from '@/components/facts';
import type { Wording } from '@/components/use-notice';
import { changeLanguage, useLocale } from '@/lib/i18n';
import type { Viewer } from '@/lib/viewer';
import { useUpdateMeMutation } from '../api/account';

const NAME_MAX = 120;
const LANGUAGES = [Language.FR, Language.EN] as const;
/** The API's enum names for the languages it stores in lower case. */
const LANGUAGE_INPUT = { fr: 'FR', en: 'EN' } as const;

/**
 * A staff user's own name (as the activity log shows it) and language (the
 * console's, and their emails'). Everything else about them is an
 * administrator's to change.
 */
export function ProfileSection({
  viewer,
  onNotice,
}: {
  viewer: Viewer;
  onNotice: (wording: Wording<['account', 'common']>) => void;
}) {
  const { t } = useTranslation(['account', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const [update, { loading }] = useUpdateMeMutation();
  const [name, setName] = useState(viewer.displayName);
  const [language, setLanguage] = useState<Language>(viewer.locale === 'en' ? Language.EN : Language.FR);
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);

  const issue = checkRequiredText(name, NAME_MAX);
  const nameError =
    serverError ?? (touched && issue ? fieldErrorMessage(locale, issue.code, issue.params) : null);
  const changed = name.trim() !== viewer.displayName || language !== viewer.locale;

  const save = async () => {
    setTouched(true);
    setGeneral(null);
    if (issue) return;
    try {
      await update({
        variables: { input: { displayName: name.trim(), locale: LANGUAGE_INPUT[language] } },
      });
      // The console follows at once; the next emails will too.
      if (language !== locale) await changeLanguage(language);
      // Worded when shown, so in the language just chosen.
      onNotice((t) => t('profile.saved'));
    } catch (failure) {
      const summary = summarize(failure);
      setServerError(summary.fields.displayName ?? null);
      setGeneral(summary.general.join(' ') || null);
    }
  };

  return (
    <Section title={t('profile.title')}>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        sx={{ display: 'grid', gap: 2.5, maxWidth: 520 }}
      >
        {general ? <Alert severity="error">{general}</Alert> : null}
        <Facts items={[[t('profile.email'), viewer.email]]} />
        <TextField
          id={`${idPrefix}-name`}
          label={t('profile.name')}
          value={name}
          required
          autoComplete="name"
          onChange={(event) => {
            setName(event.target.value);
            setServerError(null);
          }}
          onBlur={() => setTouched(true)}
          error={!!nameError}
          helperText={nameError ?? t('profile.nameHelp')}
        />
        <TextField
          id={`${idPrefix}-language`}
          select
          label={t('profile.language')}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Language)}
          helperText={t('profile.languageHelp')}
        >
          {LANGUAGES.map((value) => (
            <MenuItem key={value} value={value} lang={value}>
              {languageLabels[value][value]}
            </MenuItem>
          ))}
        </TextField>
        <Box>
          <Button type="submit" variant="contained" loading={loading} disabled={!changed}>
            {t('common:actions.save')}
          </Button>
        </Box>
      </Box>
    </Section>
  );
}
