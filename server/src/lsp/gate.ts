/**
 * Which open documents the server checks. `.imr.md` files always; a plain `.txt` file only when the
 * user opted in (imr.lintPlainText) or asked for that letter ("IMR: Check this letter"), so ordinary
 * text files get nothing.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SettingsResolver } from './settings';

export const IMR_LANGUAGE = 'imr';

export class DocumentGate {
  private readonly letters = new Set<string>();

  constructor(private readonly settings: SettingsResolver) {}

  /** The user asked for this letter to be checked. */
  admit(uri: string): void {
    this.letters.add(uri);
  }

  forget(uri: string): void {
    this.letters.delete(uri);
  }

  async checks(document: TextDocument): Promise<boolean> {
    if (document.languageId === IMR_LANGUAGE || /\.imr\.md$/i.test(document.uri)) return true;
    if (this.letters.has(document.uri)) return true;
    return (await this.settings.forDocument(document.uri)).lintPlainText;
  }
}
