import type { LanguageDetector } from './detector';

/**
 * The eld-backed detector, loaded on demand: a dynamic import, which bundlers put in a chunk of
 * its own, fetched only when a source without a stated language arrives (the web build's
 * start-up bundle is ~280 KB gzipped smaller without it).
 */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const { detectLanguage } = await import('./detect');
  return detectLanguage;
}
