import { useId, useState } from 'react';
import { languageDirection } from '../../core/language/direction';
import { canonicalLanguageTag } from '../../core/language/tags';

/** Languages analysts of these events meet most, offered first; any BCP 47 tag is accepted. */
const COMMON_LANGUAGES = [
  'en',
  'ru',
  'uk',
  'fa-AF',
  'fa',
  'ps',
  'ar',
  'ur',
  'uz',
  'tg',
  'fr',
  'de',
];

const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** "Dari · right to left" for a tag, or why the text is not a tag the app can use. */
export function describeLanguage(text: string): string {
  if (!text.trim()) return 'Empty: the current language is kept.';
  const tag = canonicalLanguageTag(text);
  if (!tag) return 'Not a language code: use e.g. en, ru, fa-AF (Dari), ps (Pashto) or ar.';
  if (tag === 'und') return 'Not determined · left to right';
  const name = NAMES.of(tag) ?? 'Unknown language';
  return `${name} · ${languageDirection(tag) === 'rtl' ? 'right to left' : 'left to right'}`;
}

/** Why a typed language cannot be saved, or null: empty keeps the current language. */
export function languageProblem(text: string): string | null {
  if (!text.trim() || canonicalLanguageTag(text)) return null;
  return `"${text.trim()}" is not a language code. Use e.g. en, ru, fa-AF (Dari), ps (Pashto) or ar.`;
}

/**
 * The language of a source in its details: a BCP 47 code with suggestions, and beside it the
 * language's name and writing direction, so the analyst sees that "fa-AF" will lay the text out
 * right to left before saving. Detected on import; corrected here.
 */
export function LanguageField({ defaultValue }: { defaultValue: string }) {
  const [value, setValue] = useState(defaultValue);
  const listId = useId();
  const hintId = useId();
  return (
    <label>
      Language
      <input
        name="language"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        list={listId}
        size={8}
        aria-describedby={hintId}
        spellCheck={false}
      />
      <datalist id={listId}>
        {COMMON_LANGUAGES.map((tag) => (
          <option key={tag} value={tag}>
            {NAMES.of(tag)}
          </option>
        ))}
      </datalist>
      <small id={hintId} className="field-hint">
        {describeLanguage(value)}
      </small>
    </label>
  );
}
