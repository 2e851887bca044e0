package org.planextract.model;

/** Why a document (or a run) failed; recorded in the manifest next to the one-line reason. */
public enum ErrorCode {
  /** The file cannot be opened or read (missing, no permission, a folder). */
  UNREADABLE_INPUT,
  /** The extension is not one of the supported formats. */
  UNSUPPORTED_FORMAT,
  /** The bytes are not text in any charset we accept, or not the container the extension says. */
  ENCODING,
  /** The file is empty or holds no text. */
  EMPTY,
  /** The file is larger than the configured limit. */
  TOO_LARGE,
  /** The file is damaged: a truncated zip, broken XML. */
  CORRUPT,
  /** A PDF without a text layer (scanned page images): it needs OCR, which is out of scope. */
  NO_TEXT_LAYER,
  /** The document is password-protected (an encrypted .doc or PDF with a user password) and cannot be read. */
  ENCRYPTED,
  /** The document took longer than the per-document time limit. */
  TIMEOUT,
  /** The document passed one of the run's limits (the reason names it, e.g. {@code max-chars}). */
  LIMIT_EXCEEDED,
  /** The document exhausted the worker's heap; the worker was replaced and the run went on. */
  OUT_OF_MEMORY,
  /** The worker processing the document died (stack overflow, JVM crash, killed); it was replaced. */
  CRASHED,
  /** The output folder cannot be written (full disk, read-only, locked): the run's fault, not the input's. */
  OUTPUT_UNWRITABLE,
  /** A rule file is missing or invalid. */
  BAD_RULES,
  /** A bug: the message says where. */
  INTERNAL
}
