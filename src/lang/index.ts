// Language support: profiles from data/lang/, detection for analysis, per-language terms, month and day names.
export { type LangProfile, LangDataError, neutralProfile, profileFor, SUPPORTED_LANGUAGES } from './profile.js';
export { detectTextLanguage } from './detect.js';
export { stem, stopwords, terms, words } from './terms.js';
export { findNamedDate, isDayName, monthNames, monthNumber, type NamedDate } from './calendar.js';
export { aliasSpellings, canonicalAlias } from './aliases.js';
export { boilerplateLines, isBoilerplateLead, isBoilerplateLine, isCaptionLine, isTailHeading } from './boilerplate.js';
