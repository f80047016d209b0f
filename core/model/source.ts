/**
 * A source is one article as Corroborate reads it: metadata, the canonical body text that every
 * character offset refers to, the block structure of that text, and a hash of it.
 */
import type { Block } from '../text/block';

/** How the body was captured; decides how the loader rebuilds paragraphs. */
export type CaptureKind =
  'web-page' | 'pdf-text' | 'plain-text' | 'markdown' | 'html' | 'docx' | 'pasted';

export interface SourceMetadata {
  title: string;
  /** A short name the analyst gives the source ("AP", "TASS 24 Mar"); verdicts name it so. */
  shortName?: string;
  /** True when the title was given by the team because the capture carries none. */
  titleAssigned?: boolean;
  subtitle?: string;
  publisher?: string;
  author?: string;
  url?: string;
  /** ISO 8601 date (YYYY-MM-DD) or null when the capture does not say. */
  published?: string | null;
  captured?: string | null;
  capture: CaptureKind;
  /** BCP 47 language tag. */
  language: string;
  /** Admiralty code source reliability, A (reliable) to F (cannot be judged). */
  reliability?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  /** The colour the analyst gave the source, as #rrggbb: its pane and its claims carry it. */
  colour?: string;
  notes?: string;
}

export interface Source {
  /** Stable id: the file name without extension for corpus files. */
  id: string;
  /** Where the source was read from, when it came from a file. */
  path?: string;
  metadata: SourceMetadata;
  /** Canonical body text: blocks joined by a blank line ("\n\n"). Offsets index this string. */
  text: string;
  blocks: Block[];
  /** "sha256:" + hex digest of the UTF-8 bytes of `text`. */
  contentHash: string;
}
