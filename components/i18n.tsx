import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../utils/i18n';

const I18nContext = createContext<Translate>((key) => key);

export const I18nProvider = I18nContext.Provider;

/** The UI's string lookup, provided by the entrypoint (browser.i18n) or a test (locale file). */
export const useT = (): Translate => useContext(I18nContext);
