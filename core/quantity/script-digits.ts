/**
 * Decimal digits of every script the texts we read use: Arabic-Indic (٠-٩, Arabic), Extended
 * Arabic-Indic (۰-۹, Persian, Dari, Pashto, Urdu), Devanagari, Bengali, the other Indic
 * scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian and full-width digits. Each block
 * keeps its ten digits in order from a zero, so a digit's value is its distance from that zero.
 * All are one UTF-16 unit, so a number rewritten in ASCII digits keeps its length and offsets.
 */

/** The code point of the digit zero of each script block with its own decimal digits. */
const ZEROS: readonly number[] = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
  0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

/** Arabic decimal separator (٫) and thousands separator (٬), read as "." and ",". */
const ARABIC_DECIMAL = 0x066b;
const ARABIC_THOUSANDS = 0x066c;

/** The value 0-9 of a non-ASCII decimal digit, or -1 for any other character. */
export function scriptDigitValue(code: number): number {
  if (code < 0x0660) return -1;
  for (const zero of ZEROS) {
    if (code < zero) return -1;
    if (code <= zero + 9) return code - zero;
  }
  return -1;
}

/** True for a decimal digit of any script, ASCII included. */
export function isAnyDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || scriptDigitValue(code) !== -1;
}

/** True for the Arabic decimal or thousands separator. */
export function isArabicSeparator(code: number): boolean {
  return code === ARABIC_DECIMAL || code === ARABIC_THOUSANDS;
}

/**
 * The number written with ASCII digits ("۱۳" -> "13", "١٬٢٠٠" -> "1,200", "٢٫٥" -> "2.5"), so
 * the one digit grammar reads every script. Same length as the input; ASCII text is returned
 * as it is.
 */
export function asciiDigits(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const value = scriptDigitValue(code);
    if (value !== -1) {
      out += String.fromCharCode(48 + value);
      changed = true;
    } else if (code === ARABIC_DECIMAL) {
      out += '.';
      changed = true;
    } else if (code === ARABIC_THOUSANDS) {
      out += ',';
      changed = true;
    } else out += text[i] ?? '';
  }
  return changed ? out : text;
}
