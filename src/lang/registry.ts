// The language data files under data/lang/<code>/ (analysis rules, month and day names, boilerplate lines), bundled by import.
import en_analyze from '../../data/lang/en/analyze.json' with { type: 'json' };
import en_dates from '../../data/lang/en/dates.json' with { type: 'json' };
import en_boilerplate from '../../data/lang/en/boilerplate.json' with { type: 'json' };
import de_analyze from '../../data/lang/de/analyze.json' with { type: 'json' };
import de_dates from '../../data/lang/de/dates.json' with { type: 'json' };
import de_boilerplate from '../../data/lang/de/boilerplate.json' with { type: 'json' };
import fr_analyze from '../../data/lang/fr/analyze.json' with { type: 'json' };
import fr_dates from '../../data/lang/fr/dates.json' with { type: 'json' };
import fr_boilerplate from '../../data/lang/fr/boilerplate.json' with { type: 'json' };
import es_analyze from '../../data/lang/es/analyze.json' with { type: 'json' };
import es_dates from '../../data/lang/es/dates.json' with { type: 'json' };
import es_boilerplate from '../../data/lang/es/boilerplate.json' with { type: 'json' };
import pt_analyze from '../../data/lang/pt/analyze.json' with { type: 'json' };
import pt_dates from '../../data/lang/pt/dates.json' with { type: 'json' };
import pt_boilerplate from '../../data/lang/pt/boilerplate.json' with { type: 'json' };
import it_analyze from '../../data/lang/it/analyze.json' with { type: 'json' };
import it_dates from '../../data/lang/it/dates.json' with { type: 'json' };
import it_boilerplate from '../../data/lang/it/boilerplate.json' with { type: 'json' };
import ru_analyze from '../../data/lang/ru/analyze.json' with { type: 'json' };
import ru_dates from '../../data/lang/ru/dates.json' with { type: 'json' };
import ru_boilerplate from '../../data/lang/ru/boilerplate.json' with { type: 'json' };
import ar_analyze from '../../data/lang/ar/analyze.json' with { type: 'json' };
import ar_dates from '../../data/lang/ar/dates.json' with { type: 'json' };
import ar_boilerplate from '../../data/lang/ar/boilerplate.json' with { type: 'json' };
import sharedOrgs from '../../data/lang/orgs.json' with { type: 'json' };

/** The raw JSON of each language's data files, by ISO 639-1 code. */
export const LANG_DATA: Record<string, { analyze: unknown; dates: unknown; boilerplate: unknown }> = {
  en: { analyze: en_analyze, dates: en_dates, boilerplate: en_boilerplate },
  de: { analyze: de_analyze, dates: de_dates, boilerplate: de_boilerplate },
  fr: { analyze: fr_analyze, dates: fr_dates, boilerplate: fr_boilerplate },
  es: { analyze: es_analyze, dates: es_dates, boilerplate: es_boilerplate },
  pt: { analyze: pt_analyze, dates: pt_dates, boilerplate: pt_boilerplate },
  it: { analyze: it_analyze, dates: it_dates, boilerplate: it_boilerplate },
  ru: { analyze: ru_analyze, dates: ru_dates, boilerplate: ru_boilerplate },
  ar: { analyze: ar_analyze, dates: ar_dates, boilerplate: ar_boilerplate },
};

/** Organisations known to every language with rules but English (data/lang/orgs.json). */
export const SHARED_ORGS: unknown = sharedOrgs.orgs;
